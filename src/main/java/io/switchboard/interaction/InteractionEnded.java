package io.switchboard.interaction;

import java.time.Instant;
import java.util.UUID;

/** An interaction ended: wrapped up at the desk, or given its end through the API. */
public record InteractionEnded(UUID interactionId, String number, UUID customerId, UUID partnerId, String actor,
		Instant at, Instant endedAt, String wrapUpCode) {
}
