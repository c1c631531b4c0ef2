package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** The expiry job flagged the ticket: {@code expiry} 1 nobody answered it in time, 2 the customer neither read nor closed the answer. */
public record TicketExpired(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, int expiry) implements TicketEvent {
}
