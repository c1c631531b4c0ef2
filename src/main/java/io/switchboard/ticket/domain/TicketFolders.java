package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's folders and queue views, with their counts. New: given to me (assigned, handed out by a
 * queue, returned to me), not opened yet. Open: mine (OPEN, and OPEN-REJECT RETURN flagged with the
 * reason), and the ones I created that are still open elsewhere: waiting in a queue (OPEN-DISPATCH,
 * OPEN-FORWARDED) or taken by someone else (OPEN, showing its owner). Waiting: the customer replied to my
 * answer and the reply waits for me. Answered: I answered, the customer's turn (status WAITING). Expired
 * 1 and 2: mine or created by me (a manager sees every one within the scope). Closed: closed in the last
 * 30 days that I owned, created or closed. All: everything within the scope, searched and filtered (a
 * customer number is looked up by the customer module and passed as {@code customerId}). A queue: what
 * waits in it. Every list is bounded by the actor's partner scope.
 */
@Component
@Transactional(readOnly = true)
public class TicketFolders {

	public static final int PAGE_SIZE = 25;

	public enum Folder {
		NEW, OPEN, WAITING, ANSWERED, EXPIRED_1, EXPIRED_2, CLOSED, ALL, QUEUE;

		public String path() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Folder fromPath(String path) {
			for (Folder f : values()) {
				if (f.path().equals(path)) {
					return f;
				}
			}
			return OPEN;
		}
	}

	/**
	 * The All folder's search and filters; blanks are null. Dates are days in the agent's zone. A text
	 * search matches the subject, the content, or one of {@code namedCustomers} (found by name).
	 */
	public record Filter(String q, UUID customerId, List<UUID> namedCustomers, TicketStatus status,
			Priority priority, UUID queueId, LocalDate from, LocalDate to) {

		public static final Filter NONE = new Filter(null, null, List.of(), null, null, null, null, null);
	}

	public record Page(List<TicketView> rows, long total, int page, int pages) {
	}

	private static final String COLUMNS = "t.*, c.code as category_code";

	private final JdbcClient jdbc;
	private final Clock clock;

	TicketFolders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agent's own folders, in the order the desk lists them (then All, then its queues). */
	public static final List<Folder> PERSONAL = List.of(Folder.NEW, Folder.OPEN, Folder.WAITING, Folder.ANSWERED,
			Folder.EXPIRED_1, Folder.EXPIRED_2, Folder.CLOSED);

	/** How many tickets each folder holds, by folder name (All is not counted). */
	public Map<String, Long> counts(Actor actor) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Folder folder : PERSONAL) {
			Where where = where(folder, null, Filter.NONE, actor, ZoneId.of("UTC"));
			counts.put(folder.name(), count(where));
		}
		return counts;
	}

	public long newCount(Actor actor) {
		return count(where(Folder.NEW, null, Filter.NONE, actor, ZoneId.of("UTC")));
	}

	public Map<UUID, Long> queueCounts(Actor actor, List<UUID> queueIds) {
		Map<UUID, Long> counts = new LinkedHashMap<>();
		for (UUID queueId : queueIds) {
			counts.put(queueId, count(where(Folder.QUEUE, queueId, Filter.NONE, actor, ZoneId.of("UTC"))));
		}
		return counts;
	}

	public Page list(Folder folder, UUID queueId, Filter filter, Actor actor, int page, ZoneId zone) {
		Where where = where(folder, queueId, filter, actor, zone);
		long total = count(where);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		String order = folder == Folder.QUEUE ? " order by t.due_at, t.number"
				: folder == Folder.CLOSED ? " order by t.closed_at desc, t.number desc"
						: " order by t.updated_at desc, t.number desc";
		var spec = jdbc.sql("select " + COLUMNS + " from ticket t join ticket_category c on c.id = t.category_id where "
				+ where.sql() + order + " limit " + PAGE_SIZE + " offset " + (current - 1) * PAGE_SIZE);
		for (var p : where.params().entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return new Page(spec.query(TicketFolders::row).list(), total, current, pages);
	}

	private long count(Where where) {
		var spec = jdbc.sql("select count(*) from ticket t where " + where.sql());
		for (var p : where.params().entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec.query(Long.class).single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(Folder folder, UUID queueId, Filter filter, Actor actor, ZoneId zone) {
		List<String> and = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.scope().everyone()) {
			if (actor.scope().partnerIds().isEmpty()) {
				and.add("1 = 0");
			}
			else {
				and.add("t.partner_id in (:partners)");
				params.put("partners", List.copyOf(actor.scope().partnerIds()));
			}
		}
		UUID me = actor.agentId();
		params.put("me", me == null ? new UUID(0, 0) : me);
		boolean manager = actor.hasRole("MANAGER");
		switch (folder) {
			// a customer's reply waiting for me is in Waiting, not in New or Open
			case NEW -> and.add("t.owner_id = :me and t.viewed_by_owner = false"
					+ " and t.status in ('OPEN', 'OPEN-REJECT RETURN') and t.customer_replied_at is null");
			case OPEN -> and.add("((t.owner_id = :me and t.status in ('OPEN', 'OPEN-REJECT RETURN')"
					+ " and t.customer_replied_at is null)"
					+ " or (t.creator_id = :me and (t.owner_id is null or t.owner_id <> :me)"
					+ " and t.status in ('OPEN', 'OPEN-DISPATCH', 'OPEN-FORWARDED')))");
			case WAITING -> and.add("t.owner_id = :me and t.status = 'OPEN' and t.customer_replied_at is not null");
			case ANSWERED -> and.add("t.status = 'WAITING' and (t.owner_id = :me or t.answered_by = :me)");
			case EXPIRED_1, EXPIRED_2 -> {
				and.add("t.expiry = " + (folder == Folder.EXPIRED_1 ? 1 : 2) + " and t.status <> 'CLOSED'");
				if (!manager) {
					and.add("(t.owner_id = :me or t.creator_id = :me)");
				}
			}
			case CLOSED -> {
				and.add("t.status = 'CLOSED' and t.closed_at >= :since"
						+ " and (t.owner_id = :me or t.creator_id = :me or t.closed_by = :me)");
				params.put("since", Timestamp.from(clock.instant().minus(Duration.ofDays(30))));
			}
			case QUEUE -> {
				and.add("t.queue_id = :queue and t.status in ('OPEN-DISPATCH', 'OPEN-FORWARDED')");
				params.put("queue", queueId == null ? new UUID(0, 0) : queueId);
			}
			case ALL -> {
			}
		}
		if (filter.customerId() != null) {
			and.add("t.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		else if (filter.q() != null) {
			String q = filter.q().strip();
			if (q.matches("(?i)t-?\\d{1,9}")) {
				and.add("t.number = :number");
				params.put("number", String.format(Locale.ROOT, "T-%06d", Long.parseLong(q.replaceAll("\\D", ""))));
			}
			else {
				boolean named = filter.namedCustomers() != null && !filter.namedCustomers().isEmpty();
				and.add("(lower(t.subject) like :text or lower(t.content) like :text"
						+ (named ? " or t.customer_id in (:named))" : ")"));
				if (named) {
					params.put("named", filter.namedCustomers());
				}
				params.put("text", "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
			}
		}
		if (filter.status() != null) {
			and.add("t.status = :status");
			params.put("status", filter.status().label());
		}
		if (filter.priority() != null) {
			and.add("t.priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.queueId() != null) {
			and.add("t.queue_id = :fqueue");
			params.put("fqueue", filter.queueId());
		}
		if (filter.from() != null) {
			and.add("t.created_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			and.add("t.created_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return new Where(and.isEmpty() ? "1 = 1" : String.join(" and ", and), params);
	}

	static TicketView row(ResultSet rs, int n) throws SQLException {
		return new TicketView(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("customer_id", UUID.class), rs.getObject("partner_id", UUID.class),
				rs.getObject("billing_account_id", UUID.class), rs.getObject("line_id", UUID.class),
				rs.getString("category_code"), Priority.valueOf(rs.getString("priority")),
				Channel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("content"),
				TicketStatus.fromLabel(rs.getString("status")).orElseThrow(), rs.getInt("expiry"),
				rs.getObject("creator_id", UUID.class), rs.getString("created_by"), rs.getObject("owner_id", UUID.class),
				rs.getObject("queue_id", UUID.class), rs.getBoolean("viewed_by_owner"),
				rs.getObject("answered_by", UUID.class), instant(rs, "answered_at"), instant(rs, "customer_viewed_at"),
				instant(rs, "customer_replied_at"), rs.getString("return_reason"), rs.getInt("forward_count"), rs.getInt("return_count"),
				rs.getString("resolution_code"), instant(rs, "closed_at"), rs.getObject("previous_id", UUID.class),
				instant(rs, "due_at"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("updated_by"),
				rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	public Instant now() {
		return clock.instant();
	}
}
