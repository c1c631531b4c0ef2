package io.switchboard.platform.tmf;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff ({@code first}, doubling with every failed
 * attempt, at most {@code max}) with jitter (a random wait between half the backoff and the whole of
 * it, so that the deliveries that failed together when a subscriber went down do not all come back at
 * the same moment). The last attempt is made at the give-up time; after that the delivery is dead.
 */
record RetrySchedule(Duration first, Duration max) {

	/** The time of the next attempt after {@code attempts} failed ones, or null to give up now. */
	Instant next(int attempts, Instant now, Instant giveUpAt, RandomGenerator random) {
		if (!now.isBefore(giveUpAt)) {
			return null;
		}
		long backoff = backoff(attempts).toMillis();
		long wait = backoff / 2 + random.nextLong(backoff - backoff / 2 + 1);
		Instant next = now.plusMillis(wait);
		return next.isAfter(giveUpAt) ? giveUpAt : next;
	}

	/** {@code first * 2^(attempts - 1)}, at most {@code max}. */
	Duration backoff(int attempts) {
		int doublings = Math.clamp(attempts - 1, 0, 40);
		long millis = first.toMillis();
		for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
			millis *= 2;
		}
		return Duration.ofMillis(Math.min(millis, max.toMillis()));
	}
}
