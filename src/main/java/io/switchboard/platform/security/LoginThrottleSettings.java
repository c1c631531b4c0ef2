package io.switchboard.platform.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled ({@code switchboard.security.login-throttle.*}), separately for an
 * account (an agent's username on {@code POST /login}, an API client's id on {@code POST /oauth2/token})
 * and for the address the attempts come from. After {@code free-failures} failures each further attempt
 * must wait, twice as long each time from {@code first-delay} up to {@code max-delay}; after
 * {@code lock-after} failures sign-in is locked for {@code lock-for}. Failures older than
 * {@code forget-after} (counted from the last attempt) are forgotten.
 *
 * @param enabled whether sign-ins are throttled at all
 * @param account the limits per account: a person mistypes a few times, an attacker tries thousands
 * @param address the limits per client address: higher, because a call centre's agents may share one
 *     address behind its router
 * @param forgetAfter how long after the last attempt a count starts again from zero
 */
@ConfigurationProperties("switchboard.security.login-throttle")
public record LoginThrottleSettings(Boolean enabled, Limits account, Limits address, Duration forgetAfter) {

	public LoginThrottleSettings {
		enabled = enabled == null || enabled;
		account = account == null ? new Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 10,
				Duration.ofMinutes(15)) : account;
		address = address == null ? new Limits(20, Duration.ofSeconds(1), Duration.ofSeconds(10), 100,
				Duration.ofMinutes(15)) : address;
		forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
	}

	/**
	 * @param freeFailures failures allowed without a delay
	 * @param firstDelay the wait after the first failure past the free ones; each further one doubles it
	 * @param maxDelay the longest wait
	 * @param lockAfter the failure that locks sign-in
	 * @param lockFor how long a lock holds (an administrator may lift it sooner)
	 */
	public record Limits(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor) {

		public Limits {
			if (freeFailures < 0 || lockAfter < 1 || firstDelay == null || maxDelay == null || lockFor == null
					|| firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || lockFor.isNegative()) {
				throw new IllegalArgumentException("switchboard.security.login-throttle: free-failures >= 0, "
						+ "lock-after >= 1, 0 <= first-delay <= max-delay and lock-for >= 0 are needed");
			}
		}

		/** When the next attempt may be checked, after {@code failures} attempts that were not successful. */
		Instant nextAttempt(Instant now, int failures) {
			if (failures < freeFailures) {
				return null;
			}
			int doublings = Math.min(failures - freeFailures, 30);
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
		}
	}
}
