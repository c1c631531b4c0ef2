package io.switchboard.balance;

import io.switchboard.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A line's balance at a glance, for the 360: the prepaid main balance (if prepaid) and its buckets. */
public record UsageSummary(UUID lineId, Money mainBalance, List<BucketView> buckets) {

	public Optional<BucketView> bucket(BucketType type) {
		return buckets.stream().filter(b -> b.type() == type).findFirst();
	}
}
