package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket was dispatched to a queue and waits there to be taken (OPEN-DISPATCH). */
public record TicketDispatched(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID queueId) implements TicketEvent {
}
