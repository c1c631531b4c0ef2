package io.switchboard.balance.domain;

import io.switchboard.balance.BucketType;
import io.switchboard.balance.BucketView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An allowance of minutes, texts or data for the current period (from the plan, a feature or a
 * promotion: {@code source}), and how much of it is used. A null allowance is unlimited.
 */
@Entity(name = "BalanceBucket")
@Table(name = "balance_bucket")
class Bucket {

	@Id
	private UUID id;

	private UUID lineId;

	@Enumerated(EnumType.STRING)
	private BucketType bucketType;

	private String unit;

	private Long allowance;

	private long used;

	private Instant periodStart;

	private Instant periodEnd;

	private String source;

	protected Bucket() {
	}

	UUID lineId() {
		return lineId;
	}

	BucketView view() {
		return new BucketView(bucketType, unit, allowance, used, periodStart, periodEnd, source);
	}
}
