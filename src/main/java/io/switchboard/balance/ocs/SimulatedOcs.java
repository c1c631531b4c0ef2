package io.switchboard.balance.ocs;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.BucketView;
import io.switchboard.balance.LineBalances;
import io.switchboard.line.LineStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in OCS, so the desk runs on one laptop: it derives a live reading from the stored
 * balances, deterministically from the line and the injected clock. The network status follows the
 * line's status (an active line is attached, except in one hour out of eight when its "phone is off";
 * a suspended line is barred; a pending or cancelled one is not provisioned). Usage moves on from
 * when the balances were stored, at a pace of its own for each line, only while the line is active
 * and within the bucket's period; a bucket never goes past its allowance. The main balance is the
 * stored one. Pages label its answers as the simulator's.
 */
class SimulatedOcs implements OnlineChargingSystem {

	private final BalanceApi balances;
	private final Clock clock;

	SimulatedOcs(BalanceApi balances, Clock clock) {
		this.balances = balances;
		this.clock = clock;
	}

	@Override
	public Optional<OcsReading> read(OcsQuery query) {
		Instant now = clock.instant();
		LineBalances stored = balances.balances(query.lineId());
		long seed = seed(query.lineId());
		NetworkStatus status = status(query.lineStatus(), seed, now);
		boolean using = query.lineStatus() == LineStatus.ACTIVE;
		List<BucketView> buckets = stored.buckets().stream()
			.map(b -> using ? movedOn(b, seed, stored.updatedAt(), now) : b)
			.toList();
		Instant lastActivity = switch (status) {
			case ATTACHED -> now.minus(Duration.ofMinutes(Math.floorMod(seed, 90)));
			case DETACHED -> now.minus(Duration.ofMinutes(60 + Math.floorMod(seed >> 4, 180)));
			default -> null;
		};
		boolean roaming = status == NetworkStatus.ATTACHED && Math.floorMod(seed >> 12, 17) == 0;
		return Optional.of(new OcsReading(status, roaming, lastActivity, stored.mainBalance(),
				stored.mainBalanceExpiresAt(), buckets, now));
	}

	@Override
	public boolean simulated() {
		return true;
	}

	static NetworkStatus status(LineStatus lineStatus, long seed, Instant now) {
		if (lineStatus == null) {
			return NetworkStatus.UNKNOWN;
		}
		return switch (lineStatus) {
			case ACTIVE -> Math.floorMod(seed + now.getEpochSecond() / 3600, 8) == 0 ? NetworkStatus.DETACHED
					: NetworkStatus.ATTACHED;
			case SUSPENDED -> NetworkStatus.BARRED;
			case PENDING, CANCELLED -> NetworkStatus.NOT_PROVISIONED;
		};
	}

	/** The bucket with the usage of the time since {@code storedAt} (within its period) added. */
	static BucketView movedOn(BucketView bucket, long seed, Instant storedAt, Instant now) {
		if (storedAt == null || bucket.periodEnd() == null) {
			return bucket;
		}
		Instant from = bucket.periodStart() != null && bucket.periodStart().isAfter(storedAt) ? bucket.periodStart()
				: storedAt;
		Instant to = bucket.periodEnd().isBefore(now) ? bucket.periodEnd() : now;
		if (!to.isAfter(from)) {
			return bucket;
		}
		long minutes = Duration.between(from, to).toMinutes();
		long used = bucket.used() + perHour(bucket, seed) * minutes / 60;
		if (bucket.allowance() != null) {
			used = Math.max(bucket.used(), Math.min(bucket.allowance(), used));
		}
		return new BucketView(bucket.type(), bucket.unit(), bucket.allowance(), used, bucket.periodStart(),
				bucket.periodEnd(), bucket.source());
	}

	/** Each line's own pace: up to 2 minutes, 1 text, or 5 to 44 MB an hour. */
	private static long perHour(BucketView bucket, long seed) {
		return switch (bucket.type()) {
			case MINUTES -> Math.floorMod(seed, 3);
			case TEXTS -> Math.floorMod(seed >> 8, 2);
			case DATA -> 5 + Math.floorMod(seed >> 16, 40);
		};
	}

	static long seed(UUID lineId) {
		long h = lineId.getMostSignificantBits() ^ Long.rotateLeft(lineId.getLeastSignificantBits(), 17);
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return h;
	}
}
