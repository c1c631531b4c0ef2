package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** An agent answered the customer; the ticket waits on the customer (WAITING). */
public record TicketAnswered(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID answeredBy) implements TicketEvent {
}
