package io.switchboard.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something about an interaction changed other than its end: the fields the API changed ({@code reason},
 * {@code notes}, {@code channel}, {@code direction}, {@code channelRefs}, {@code tmfExtension}), or
 * {@code tickets} when a ticket was linked to it.
 */
public record InteractionUpdated(UUID interactionId, String number, UUID customerId, UUID partnerId, String actor,
		Instant at, List<String> fields) {

	public InteractionUpdated {
		fields = List.copyOf(fields);
	}
}
