package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Retries back off exponentially with jitter, never wait longer than the cap, and stop at the give-up time. */
class RetryScheduleTests {

	static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(2), Duration.ofMinutes(10));
	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
	static final Instant IN_A_DAY = NOW.plus(Duration.ofDays(1));

	@Test
	void theBackoffDoublesWithEveryFailedAttemptUpToTheCap() {
		assertThat(SCHEDULE.backoff(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(SCHEDULE.backoff(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(SCHEDULE.backoff(5)).isEqualTo(Duration.ofSeconds(32));
		assertThat(SCHEDULE.backoff(9)).isEqualTo(Duration.ofSeconds(512));
		assertThat(SCHEDULE.backoff(10)).isEqualTo(Duration.ofMinutes(10));
		assertThat(SCHEDULE.backoff(10_000)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void theWaitIsJitteredBetweenHalfTheBackoffAndAllOfIt() {
		SplittableRandom random = new SplittableRandom(42);
		long shortest = Long.MAX_VALUE;
		long longest = 0;
		for (int i = 0; i < 2000; i++) {
			long wait = Duration.between(NOW, SCHEDULE.next(3, NOW, IN_A_DAY, random)).toMillis();
			shortest = Math.min(shortest, wait);
			longest = Math.max(longest, wait);
		}
		assertThat(shortest).isBetween(4000L, 4100L);
		assertThat(longest).isBetween(7900L, 8000L);
	}

	@Test
	void theLastAttemptIsAtTheGiveUpTimeAndAfterItTheDeliveryIsDead() {
		Instant soon = NOW.plusSeconds(3);
		assertThat(SCHEDULE.next(8, NOW, soon, new SplittableRandom(1))).isEqualTo(soon);
		assertThat(SCHEDULE.next(9, soon, soon, new SplittableRandom(1))).isNull();
		assertThat(SCHEDULE.next(1, IN_A_DAY.plusSeconds(1), IN_A_DAY, new SplittableRandom(1))).isNull();
	}
}
