package io.switchboard.balance.ocs;

import io.switchboard.balance.BucketView;
import io.switchboard.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * What the OCS says about a line now: its network status, whether it is roaming, when it was last
 * active, its main balance (prepaid lines) and what is left in each bucket; {@code asOf}: when the OCS
 * computed these values.
 */
public record OcsReading(NetworkStatus networkStatus, boolean roaming, Instant lastActivityAt, Money mainBalance,
		Instant mainBalanceExpiresAt, List<BucketView> buckets, Instant asOf) {

	public OcsReading {
		buckets = buckets == null ? List.of() : List.copyOf(buckets);
	}
}
