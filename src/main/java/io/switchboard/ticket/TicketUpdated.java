package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** The ticket's subject, content, priority or category changed (the fields named). */
public record TicketUpdated(UUID ticketId, String number, UUID customerId, UUID partnerId, String actor, Instant at, java.util.List<String> fields) implements TicketEvent {
}
