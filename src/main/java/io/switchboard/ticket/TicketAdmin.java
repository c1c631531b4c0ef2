package io.switchboard.ticket;

import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedList;
import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.shared.PartnerScope;
import java.util.List;
import java.util.UUID;

/**
 * The administered lists behind tickets, each a list of the one kind every module uses
 * ({@link io.switchboard.platform.codes.CodedLists}: a code, names in every configured language, an order,
 * in use or not): categories with their SLA hours per priority, resolution codes, and queues with their
 * partner, members and round-robin hand-out. A change is made from the version read; every refusal of what
 * was typed comes at once, each on its field ({@link io.switchboard.platform.codes.EntryRefused}: the
 * entry's {@code code}, {@code names[..]}, {@code position}; a category's {@code critical}, {@code high},
 * {@code medium}, {@code low} hours, {@code TICKET_SLA_INVALID}; a queue's {@code partnerId}
 * ({@code TICKET_PARTNER_REQUIRED}), {@code members} ({@code TICKET_MEMBER_UNKNOWN},
 * {@code TICKET_AGENT_CANNOT_SEE}) and names taken by another queue of its partner
 * ({@code TICKET_QUEUE_NAME_TAKEN})); a save on top of someone else's says who and when
 * ({@code CODED_LIST_CHANGED_BY_SOMEONE_ELSE}).
 */
public interface TicketAdmin {

	CodedList CATEGORIES = CodedList.named("ticket.category");
	CodedList RESOLUTIONS = CodedList.named("ticket.resolution");
	CodedList QUEUES = CodedList.named("ticket.queue");

	/** A category as typed: the entry, and the SLA hours per priority (null where no whole number was typed). */
	record CategoryChange(Draft entry, Integer slaCriticalHours, Integer slaHighHours, Integer slaMediumHours,
			Integer slaLowHours) {
	}

	/** A queue as typed: the entry, its partner, its members by username, and whether it hands tickets out. */
	record QueueChange(Draft entry, UUID partnerId, List<String> members, boolean autoAssign) {
	}

	/** The categories in their administered order, in use or not. */
	List<CategoryView> categories();

	/** The resolution codes in their administered order, in use or not. */
	List<CodedEntry> resolutions();

	/** Every queue in its administered order, in use or not. */
	List<QueueView> queues();

	/** The queues the agent is a member of. */
	List<QueueView> queuesOf(UUID agentId);

	/**
	 * The active queues a ticket of this partner can be sent to by someone with this scope: the partner's
	 * own and its ancestors', those the scope may know of ({@link QueueView#visibleTo}).
	 */
	List<QueueView> queuesFor(UUID partnerId, PartnerScope scope);

	CategoryView addCategory(CategoryChange category, String actor);

	CategoryView changeCategory(String code, long version, CategoryChange category, String actor);

	CodedEntry addResolution(Draft resolution, String actor);

	CodedEntry changeResolution(String code, long version, Draft resolution, String actor);

	QueueView addQueue(QueueChange queue, String actor);

	QueueView changeQueue(String code, long version, QueueChange queue, String actor);
}
