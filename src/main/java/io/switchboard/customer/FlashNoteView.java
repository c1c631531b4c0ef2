package io.switchboard.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A FLASH note as the 360 shows it. {@code expiresAt} is when it stops showing; {@code lastDay} the
 * last day the agent who wrote it chose (null for notes that only have an instant, e.g. imported).
 */
public record FlashNoteView(UUID id, String body, Severity severity, String authorName, Instant createdAt,
		Instant expiresAt, LocalDate lastDay) {
}
