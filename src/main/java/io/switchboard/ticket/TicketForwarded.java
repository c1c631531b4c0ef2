package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket was forwarded from one queue to another with a comment (OPEN-FORWARDED). */
public record TicketForwarded(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID fromQueueId, UUID toQueueId, String comment) implements TicketEvent {
}
