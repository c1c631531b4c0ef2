package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** Someone added a comment to the ticket (its status did not change). */
public record TicketCommented(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID commentId) implements TicketEvent {
}
