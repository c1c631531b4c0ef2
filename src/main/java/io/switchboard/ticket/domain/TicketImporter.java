package io.switchboard.ticket.domain;

import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.shared.Ids;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketImport;
import io.switchboard.ticket.TicketStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TicketImporter implements TicketImport {

	private final JdbcClient jdbc;
	private final Tickets tickets;
	private final CodedLists codes;
	private final CategoryRepository categories;

	TicketImporter(JdbcClient jdbc, Tickets tickets, CodedLists codes, CategoryRepository categories) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.codes = codes;
		this.categories = categories;
	}

	@Override
	public void importLists(List<CategoryView> categories, List<CodedEntry> resolutions, List<QueueView> queues,
			String actor) {
		List<CodedEntry> entries = new ArrayList<>();
		categories.forEach(c -> entries.add(c.entry()));
		entries.addAll(resolutions);
		queues.forEach(q -> entries.add(q.entry()));
		codes.importEntries(entries, actor);
		for (CategoryView c : categories) {
			jdbc.sql("""
					insert into ticket_category (id, code, sla_critical_hours, sla_high_hours, sla_medium_hours,
					  sla_low_hours)
					values (?, ?, ?, ?, ?, ?)""")
				.params(c.id(), c.code(), c.slaCriticalHours(), c.slaHighHours(), c.slaMediumHours(), c.slaLowHours())
				.update();
		}
		for (QueueView q : queues) {
			jdbc.sql("insert into ticket_queue (id, partner_id, auto_assign, version) values (?, ?, ?, 0)")
				.params(q.id(), q.partnerId(), q.autoAssign())
				.update();
			for (UUID member : q.members()) {
				jdbc.sql("insert into ticket_queue_member (queue_id, agent_id) values (?, ?)").params(q.id(), member)
					.update();
			}
		}
	}

	@Override
	public List<String> importTickets(List<ImportedTicket> list) {
		Map<String, UUID> categoryIds = new HashMap<>();
		Map<String, Category> slas = new HashMap<>();
		jdbc.sql("select id, code from ticket_category").query((rs, i) -> {
			categoryIds.put(rs.getString(2), rs.getObject(1, UUID.class));
			return null;
		}).list();
		List<String> numbers = new ArrayList<>();
		for (ImportedTicket t : list) {
			UUID categoryId = categoryIds.get(t.categoryCode());
			if (categoryId == null) {
				throw new IllegalArgumentException("no category " + t.categoryCode());
			}
			int hours = slas.computeIfAbsent(t.categoryCode(), code -> categories.findByCode(code).orElseThrow())
				.slaHours(t.priority());
			String number = tickets.nextNumber();
			numbers.add(number);
			jdbc.sql("""
					insert into ticket (id, number, customer_id, partner_id, billing_account_id, line_id, category_id,
					  priority, channel, subject, content, status, expiry, creator_id, created_by, owner_id, queue_id,
					  viewed_by_owner, answered_by, answered_at, customer_viewed_at, customer_replied_at, clock_started_at, return_reason,
					  forward_count, return_count, resolution_code, closed_at, closed_by, previous_id, due_at,
					  created_at, updated_at, updated_by, version)
					values (:id, :number, :customer, :partner, :account, :line, :category, :priority, :channel,
					  :subject, :content, :status, :expiry, :creator, :createdBy, :owner, :queue, :viewed, :answeredBy,
					  :answeredAt, null, :replied, :clock, :reason, :forwards, :returns, :resolution, :closedAt, :closedBy, null,
					  :due, :created, :updated, :updatedBy, 0)""")
				.param("id", t.id())
				.param("number", number)
				.param("customer", t.customerId())
				.param("partner", t.partnerId())
				.param("account", t.billingAccountId())
				.param("line", t.lineId())
				.param("category", categoryId)
				.param("priority", t.priority().name())
				.param("channel", t.channel().name())
				.param("subject", t.subject())
				.param("content", t.content())
				.param("status", t.status().label())
				.param("expiry", t.expiry())
				.param("creator", t.creatorId())
				.param("createdBy", t.createdBy())
				.param("owner", t.ownerId())
				.param("queue", t.queueId())
				.param("viewed", t.status() != TicketStatus.OPEN_REJECT_RETURN)
				.param("answeredBy", t.answeredBy())
				.param("answeredAt", ts(t.answeredAt()))
				.param("replied", ts(repliedAt(t)))
				.param("clock", ts(t.clockStartedAt()))
				.param("reason", t.returnReason())
				.param("forwards", t.forwardCount())
				.param("returns", t.returnCount())
				.param("resolution", t.resolutionCode())
				.param("closedAt", ts(t.closedAt()))
				.param("closedBy", t.closedBy())
				.param("due", ts(t.createdAt().plusSeconds(3600L * hours)))
				.param("created", ts(t.createdAt()))
				.param("updated", ts(t.updatedAt()))
				.param("updatedBy", t.updatedBy())
				.update();
			for (ImportedAction a : t.history()) {
				jdbc.sql("""
						insert into ticket_action (id, ticket_id, at, actor, actor_id, actor_name, action, from_status,
						  to_status, from_queue_id, to_queue_id, from_owner_id, to_owner_id, comment)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(Ids.next(), t.id(), ts(a.at()), a.actor(), a.actorId(), a.actorName(), a.action(),
							a.fromStatus() == null ? null : a.fromStatus().label(),
							a.toStatus() == null ? null : a.toStatus().label(), a.fromQueueId(), a.toQueueId(),
							a.fromOwnerId(), a.toOwnerId(), a.comment())
					.update();
			}
			for (ImportedComment c : t.comments()) {
				jdbc.sql("""
						insert into ticket_comment (id, ticket_id, at, author, author_id, author_name, body)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(Ids.next(), t.id(), ts(c.at()), c.author(), c.authorId(), c.authorName(), c.body())
					.update();
			}
		}
		return numbers;
	}

	/** A ticket whose last move was the customer's reply still waits for the agent who answered. */
	private static Instant repliedAt(ImportedTicket t) {
		if (t.status() != TicketStatus.OPEN || t.history().isEmpty()) {
			return null;
		}
		ImportedAction last = t.history().getLast();
		return "CUSTOMER_REPLIED".equals(last.action()) ? last.at() : null;
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
