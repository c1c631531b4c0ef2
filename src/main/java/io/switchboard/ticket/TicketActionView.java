package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** One line of a ticket's history: who did what, when, from which status/queue/owner to which, and why. */
public record TicketActionView(UUID id, Instant at, String actor, UUID actorId, String actorName, String action,
		TicketStatus fromStatus, TicketStatus toStatus, UUID fromQueueId, UUID toQueueId, UUID fromOwnerId,
		UUID toOwnerId, String comment) {
}
