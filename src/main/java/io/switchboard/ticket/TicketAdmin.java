package io.switchboard.ticket;

import io.switchboard.shared.PartnerScope;
import java.util.List;
import java.util.UUID;

/**
 * The administered lists: categories (names in English and Russian, SLA hours per priority),
 * resolution codes, and queues (name, partner, members, round-robin auto-assign). Saving with a null
 * id creates; otherwise the version must be the one read (TICKET_ADMIN_CHANGED_BY_SOMEONE_ELSE).
 */
public interface TicketAdmin {

	List<CategoryView> categories();

	List<ResolutionView> resolutions();

	List<QueueView> queues();

	/** The queues the agent is a member of. */
	List<QueueView> queuesOf(UUID agentId);

	/**
	 * The active queues a ticket of this partner can be sent to by someone with this scope: the partner's
	 * own and its ancestors', those the scope may know of ({@link QueueView#visibleTo}).
	 */
	List<QueueView> queuesFor(UUID partnerId, PartnerScope scope);

	CategoryView saveCategory(CategoryView category, String actor);

	ResolutionView saveResolution(ResolutionView resolution, String actor);

	QueueView saveQueue(QueueView queue, String actor);
}
