package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket was created, by an agent ({@code createdBy}) or through the API ({@code createdBy} null); {@code queueId} is set when it was dispatched at once. */
public record TicketCreated(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID createdBy, UUID queueId) implements TicketEvent {
}
