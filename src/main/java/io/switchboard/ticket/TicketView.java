package io.switchboard.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as other modules, pages and the API read it. {@code expiry} is 0, or 1 (nobody answered in
 * time: Expired 1) or 2 (answered, but the customer neither read nor closed it: Expired 2).
 * {@code customerRepliedAt} is set while a customer's reply to an answer waits for the agent who answered
 * (the Waiting folder). {@code previousId} is the returned ticket this one re-creates.
 */
public record TicketView(UUID id, String number, UUID customerId, UUID partnerId, UUID billingAccountId, UUID lineId,
		String categoryCode, Priority priority, Channel channel, String subject, String content, TicketStatus status,
		int expiry, UUID creatorId, String createdBy, UUID ownerId, UUID queueId, boolean viewedByOwner,
		UUID answeredBy, Instant answeredAt, Instant customerViewedAt, Instant customerRepliedAt, String returnReason,
		int forwardCount, int returnCount, String resolutionCode, Instant closedAt, UUID previousId, Instant dueAt,
		Instant createdAt, Instant updatedAt, String updatedBy, long version) {

	/** Forwarded or returned more than three times, or still waiting in a queue past its due time. */
	public boolean stuck(Instant now) {
		return movedTooOften() || overdueInQueue(now);
	}

	/** Forwarded or returned more than three times in all. */
	public boolean movedTooOften() {
		return forwardCount + returnCount > 3;
	}

	/** Waiting in a queue, not taken, past its due time. */
	public boolean overdueInQueue(Instant now) {
		return status.queued() && overdue(now);
	}

	/** Not closed, and past its due time (the category's SLA for its priority). */
	public boolean overdue(Instant now) {
		return status != TicketStatus.CLOSED && dueAt.isBefore(now);
	}

	/** How long past its due time it is; zero when it is not overdue. */
	public Duration overdueBy(Instant now) {
		return overdue(now) ? Duration.between(dueAt, now) : Duration.ZERO;
	}

	/** The customer replied to an answer, and the reply waits for the agent who answered. */
	public boolean customerReplied() {
		return customerRepliedAt != null;
	}
}
