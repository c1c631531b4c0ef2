package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/** A comment on a ticket. */
public record TicketCommentView(UUID id, Instant at, String author, UUID authorId, String authorName, String body) {
}
