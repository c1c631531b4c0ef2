package io.switchboard.interaction.domain;

import io.switchboard.customer.SecretKind;
import io.switchboard.interaction.InteractionFilter;
import io.switchboard.interaction.LinkedTicket;
import io.switchboard.interaction.RevealView;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.shared.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The module's SQL beside JPA: readable numbers from the sequence, filtered lists, linked tickets and
 * the wrap-up codes. Instants are bound as {@link OffsetDateTime} (PostgreSQL's driver has no Instant).
 */
@Component
class InteractionQueries {

	private final JdbcClient jdbc;
	private final CodedLists codes;

	InteractionQueries(JdbcClient jdbc, CodedLists codes) {
		this.jdbc = jdbc;
		this.codes = codes;
	}

	static String number(long value) {
		return String.format(java.util.Locale.ROOT, "I-%06d", value);
	}

	String nextNumber() {
		return number(jdbc.sql("select nextval('interaction_number_seq')").query(Long.class).single());
	}

	/** {@code count} numbers from the sequence in one round trip, in ascending order. */
	List<String> nextNumbers(int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("""
				with recursive r(n) as (select 1 union all select n + 1 from r where n < :count)
				select nextval('interaction_number_seq') from r""")
			.param("count", count)
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.map(InteractionQueries::number)
			.toList();
	}

	/** Ids of one page of the customer's interactions, newest first, and how many match. */
	Page page(UUID customerId, InteractionFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" from interaction where customer_id = :customer");
		Map<String, Object> params = new HashMap<>();
		params.put("customer", customerId);
		if (filter.channel() != null) {
			where.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.direction() != null) {
			where.append(" and direction = :direction");
			params.put("direction", filter.direction().name());
		}
		if (filter.startedFrom() != null) {
			where.append(" and started_at >= :from");
			params.put("from", at(filter.startedFrom()));
		}
		if (filter.startedBefore() != null) {
			where.append(" and started_at < :before");
			params.put("before", at(filter.startedBefore()));
		}
		if (filter.open() != null) {
			where.append(filter.open() ? " and ended_at is null" : " and ended_at is not null");
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc.sql("select id" + where + " order by started_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(UUID.class)
			.list();
		return new Page(ids, total);
	}

	record Page(List<UUID> ids, long total) {
	}

	Map<UUID, List<LinkedTicket>> tickets(Collection<UUID> interactionIds) {
		Map<UUID, List<LinkedTicket>> tickets = new LinkedHashMap<>();
		if (interactionIds.isEmpty()) {
			return tickets;
		}
		jdbc.sql("""
				select interaction_id, ticket_id, ticket_number, linked_at from interaction_ticket
				where interaction_id in (:ids) order by linked_at, ticket_number""")
			.param("ids", List.copyOf(interactionIds))
			.query((rs, row) -> {
				tickets.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new LinkedTicket(rs.getObject(2, UUID.class), rs.getString(3),
							rs.getObject(4, OffsetDateTime.class).toInstant()));
				return null;
			})
			.list();
		return tickets;
	}

	/** Links the ticket unless it is linked already; true when it was linked now. */
	boolean link(UUID interactionId, UUID ticketId, String ticketNumber, Instant at) {
		return jdbc.sql("""
				insert into interaction_ticket (interaction_id, ticket_id, ticket_number, linked_at)
				select :interaction, :ticket, :number, :at where not exists (
				  select 1 from interaction_ticket where interaction_id = :interaction and ticket_id = :ticket)""")
			.param("interaction", interactionId)
			.param("ticket", ticketId)
			.param("number", ticketNumber)
			.param("at", at(at))
			.update() > 0;
	}

	/**
	 * Records a secret read out during the interaction. Beside the aggregate, like linked tickets: a
	 * reveal must not change the interaction's version (the agent's open wrap-up form stays valid).
	 */
	void reveal(UUID interactionId, SecretKind kind, String secret, String subject, Instant at, String by,
			String byName) {
		jdbc.sql("""
				insert into interaction_reveal (id, interaction_id, secret_kind, secret, subject, revealed_at,
				  revealed_by, revealed_by_name)
				values (:id, :interaction, :kind, :secret, :subject, :at, :by, :name)""")
			.param("id", Ids.next())
			.param("interaction", interactionId)
			.param("kind", kind.name())
			.param("secret", secret)
			.param("subject", subject)
			.param("at", at(at))
			.param("by", by)
			.param("name", byName)
			.update();
	}

	/** The secrets read out during each of these interactions, in the order they were. */
	Map<UUID, List<RevealView>> reveals(Collection<UUID> interactionIds) {
		Map<UUID, List<RevealView>> reveals = new LinkedHashMap<>();
		if (interactionIds.isEmpty()) {
			return reveals;
		}
		jdbc.sql("""
				select interaction_id, secret_kind, secret, subject, revealed_at, revealed_by_name from interaction_reveal
				where interaction_id in (:ids) order by revealed_at, id""")
			.param("ids", List.copyOf(interactionIds))
			.query((rs, row) -> {
				reveals.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new RevealView(SecretKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
							rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
				return null;
			})
			.list();
		return reveals;
	}

	List<CodedEntry> wrapUpCodes(boolean activeOnly) {
		return activeOnly ? codes.active(WrapUpCodeAdmin.WRAP_UP_CODES) : codes.entries(WrapUpCodeAdmin.WRAP_UP_CODES);
	}

	boolean activeWrapUpCode(String code) {
		return wrapUpCode(code).map(CodedEntry::active).orElse(false);
	}

	boolean wrapUpCodeExists(String code) {
		return wrapUpCode(code).isPresent();
	}

	/** The code exactly as the list keeps it (interactions keep it as given). */
	private Optional<CodedEntry> wrapUpCode(String code) {
		return codes.find(WrapUpCodeAdmin.WRAP_UP_CODES, code).filter(c -> c.code().equals(code));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
