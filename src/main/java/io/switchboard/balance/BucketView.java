package io.switchboard.balance;

import java.time.Instant;

/**
 * An allowance for the current period: {@code allowance} units (null: unlimited) of which {@code used}
 * are gone. Units: MIN, SMS, MB.
 */
public record BucketView(BucketType type, String unit, Long allowance, long used, Instant periodStart,
		Instant periodEnd, String source) {

	public boolean unlimited() {
		return allowance == null;
	}

	/** What is left, never below zero; null when unlimited. */
	public Long remaining() {
		return allowance == null ? null : Math.max(0, allowance - used);
	}

	/** What is left as a whole percentage of the allowance, for the bars (100 when unlimited). */
	public int percentRemaining() {
		if (allowance == null) {
			return 100;
		}
		if (allowance == 0) {
			return 0;
		}
		return (int) Math.round(100.0 * remaining() / allowance);
	}
}
