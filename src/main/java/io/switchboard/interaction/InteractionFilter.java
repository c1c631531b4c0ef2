package io.switchboard.interaction;

import java.time.Instant;

/**
 * Which of a customer's interactions to list; every null means "any". {@code startedFrom} is
 * inclusive, {@code startedBefore} exclusive; {@code open} true lists only open ones, false only ended.
 */
public record InteractionFilter(Channel channel, Direction direction, Instant startedFrom, Instant startedBefore,
		Boolean open) {

	public static final InteractionFilter ANY = new InteractionFilter(null, null, null, null, null);
}
