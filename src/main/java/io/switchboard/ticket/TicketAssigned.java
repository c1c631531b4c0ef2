package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A manager (or a queue's round-robin) gave the ticket to an agent; it is OPEN in that agent's folder. */
public record TicketAssigned(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID ownerId, UUID queueId) implements TicketEvent {
}
