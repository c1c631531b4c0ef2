package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A queue member took the ticket from its queue; it is OPEN with the taker as owner. */
public record TicketTaken(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID queueId, UUID ownerId) implements TicketEvent {
}
