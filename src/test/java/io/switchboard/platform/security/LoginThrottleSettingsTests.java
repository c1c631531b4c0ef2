package io.switchboard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The wait after each failure: none for the free ones, then doubling from the first delay up to the longest. */
class LoginThrottleSettingsTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	final LoginThrottleSettings.Limits account = new LoginThrottleSettings.Limits(3, Duration.ofSeconds(1),
			Duration.ofSeconds(30), 10, Duration.ofMinutes(15));

	Duration waitAfter(int failures) {
		Instant next = account.nextAttempt(NOW, failures);
		return next == null ? Duration.ZERO : Duration.between(NOW, next);
	}

	@Test
	void theWaitDoublesAfterTheFreeFailuresUpToTheLongest() {
		assertThat(waitAfter(1)).isZero();
		assertThat(waitAfter(2)).isZero();
		assertThat(waitAfter(3)).hasSeconds(1);
		assertThat(waitAfter(4)).hasSeconds(2);
		assertThat(waitAfter(5)).hasSeconds(4);
		assertThat(waitAfter(7)).hasSeconds(16);
		assertThat(waitAfter(8)).hasSeconds(30);
		assertThat(waitAfter(9_000)).hasSeconds(30);
	}

	@Test
	void limitsThatMakeNoSenseAreRefusedAtStart() {
		assertThatThrownBy(() -> new LoginThrottleSettings.Limits(3, Duration.ofSeconds(10), Duration.ofSeconds(1), 10,
				Duration.ofMinutes(15))).hasMessageContaining("first-delay <= max-delay");
		assertThatThrownBy(() -> new LoginThrottleSettings.Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 0,
				Duration.ofMinutes(15))).hasMessageContaining("lock-after >= 1");
	}
}
