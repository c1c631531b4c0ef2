package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A queue returned a ticket to its creator with a reason (OPEN-REJECT RETURN). */
public record TicketReturned(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID queueId, UUID creatorId, String reason) implements TicketEvent {
}
