package io.switchboard.customer;

import java.time.Instant;
import java.util.UUID;

public record FlashNoteView(UUID id, String body, Severity severity, String authorName, Instant createdAt,
		Instant expiresAt) {
}
