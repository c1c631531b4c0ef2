package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket was closed with a resolution code. */
public record TicketClosed(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, String resolutionCode) implements TicketEvent {
}
