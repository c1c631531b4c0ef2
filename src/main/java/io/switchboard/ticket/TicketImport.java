package io.switchboard.ticket;

import io.switchboard.platform.codes.CodedEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes generated or migrated tickets as they are, with their history (the demo operator, imports
 * from another care system): no workflow, no events. Numbers come from the ticket sequence, in the
 * order given. Joins the caller's transaction.
 */
public interface TicketImport {

	/**
	 * Writes the lists as they are: each entry with its names through the coded lists
	 * ({@link io.switchboard.platform.codes.CodedLists#importEntries}), the categories' hours and the queues'
	 * partners and members beside them.
	 */
	void importLists(List<CategoryView> categories, List<CodedEntry> resolutions, List<QueueView> queues,
			String actor);

	/** Writes the tickets; answers their numbers, in order. */
	List<String> importTickets(List<ImportedTicket> tickets);

	record ImportedTicket(UUID id, UUID customerId, UUID partnerId, UUID billingAccountId, UUID lineId,
			String categoryCode, Priority priority, Channel channel, String subject, String content,
			TicketStatus status, int expiry, UUID creatorId, String createdBy, UUID ownerId, UUID queueId,
			UUID answeredBy, Instant answeredAt, Instant clockStartedAt, String returnReason, int forwardCount,
			int returnCount, String resolutionCode, Instant closedAt, UUID closedBy, Instant createdAt,
			Instant updatedAt, String updatedBy, List<ImportedAction> history, List<ImportedComment> comments) {
	}

	record ImportedAction(Instant at, String actor, UUID actorId, String actorName, String action,
			TicketStatus fromStatus, TicketStatus toStatus, UUID fromQueueId, UUID toQueueId, UUID fromOwnerId,
			UUID toOwnerId, String comment) {
	}

	record ImportedComment(Instant at, String author, UUID authorId, String authorName, String body) {
	}
}
