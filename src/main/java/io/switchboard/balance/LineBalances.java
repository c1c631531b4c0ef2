package io.switchboard.balance;

import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything stored about what a line has left: the line page's prepaid information and buckets. */
public record LineBalances(UUID lineId, Money mainBalance, Instant mainBalanceExpiresAt, List<Additional> additional,
		List<BucketView> buckets, List<Accumulator> accumulators, Instant updatedAt) {

	public record Additional(String name, Money amount, Instant expiresAt) {
	}

	public record Accumulator(String name, BigDecimal amount, String unit, Instant periodStart, Instant periodEnd) {
	}
}
