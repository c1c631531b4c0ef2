package io.switchboard.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * An interaction was recorded: started at the desk (from search or explicitly), or created through the
 * API. {@code at} is when it was recorded; {@code customerId} and {@code agentId} may be null (API).
 */
public record InteractionStarted(UUID interactionId, String number, UUID customerId, UUID partnerId, String actor,
		Instant at, Channel channel, Direction direction, UUID agentId, Instant startedAt) {
}
