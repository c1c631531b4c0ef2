package io.switchboard.balance;

import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes balances in bulk (demo operator, large-dataset loader, migrations). */
public interface BalanceImport {

	void importBalances(List<NewLineBalances> balances);

	/** {@code mainBalance} is null for postpaid lines. */
	record NewLineBalances(UUID lineId, Money mainBalance, Instant mainBalanceExpiresAt, List<NewAdditional> additional,
			List<NewBucket> buckets, List<NewAccumulator> accumulators, Instant updatedAt) {
	}

	record NewAdditional(UUID id, String name, Money amount, Instant expiresAt) {
	}

	record NewBucket(UUID id, BucketType type, String unit, Long allowance, long used, Instant periodStart,
			Instant periodEnd, String source) {
	}

	record NewAccumulator(UUID id, String name, BigDecimal amount, String unit, Instant periodStart,
			Instant periodEnd) {
	}
}
