package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** The customer replied to a WAITING ticket; it is OPEN again with the agent who answered. */
public record TicketReopened(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, UUID ownerId) implements TicketEvent {
}
