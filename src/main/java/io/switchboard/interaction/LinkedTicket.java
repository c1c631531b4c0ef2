package io.switchboard.interaction;

import java.time.Instant;
import java.util.UUID;

/** A ticket created while the interaction was open; the desk links to it by number. */
public record LinkedTicket(UUID ticketId, String number, Instant linkedAt) {
}
