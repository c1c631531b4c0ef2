package io.switchboard.balance.ocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.BucketType;
import io.switchboard.balance.BucketView;
import io.switchboard.balance.LineBalances;
import io.switchboard.balance.UsageSummary;
import io.switchboard.line.LineStatus;
import io.switchboard.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The built-in OCS derives its live values from the stored balances and the clock, and only from
 * them: the same line at the same moment always reads the same.
 */
class OcsSimulatorTests {

	static final Instant STORED_AT = Instant.parse("2026-11-20T10:00:00Z");
	static final Instant PERIOD_START = Instant.parse("2026-11-01T00:00:00Z");
	static final Instant PERIOD_END = Instant.parse("2026-12-01T00:00:00Z");

	final UUID lineId = UUID.fromString("0193a1b2-0000-7000-8000-00000000a001");

	LineBalances stored = new LineBalances(lineId, Money.of("12.50", "USD"), PERIOD_END, List.of(),
			List.of(new BucketView(BucketType.DATA, "MB", 10240L, 3000, PERIOD_START, PERIOD_END, "PLAN"),
					new BucketView(BucketType.MINUTES, "MIN", null, 120, PERIOD_START, PERIOD_END, "PLAN"),
					new BucketView(BucketType.TEXTS, "SMS", 100L, 99, PERIOD_START, PERIOD_END, "PLAN")),
			List.of(), STORED_AT);

	BalanceApi balances = new BalanceApi() {
		@Override
		public Map<UUID, UsageSummary> usage(Collection<UUID> lineIds) {
			throw new UnsupportedOperationException();
		}

		@Override
		public LineBalances balances(UUID id) {
			return stored;
		}
	};

	OcsReading readAt(Instant now, LineStatus status) {
		SimulatedOcs ocs = new SimulatedOcs(balances, Clock.fixed(now, ZoneOffset.UTC));
		return ocs.read(new OcsQuery(lineId, "+12025550143", status)).orElseThrow();
	}

	@Test
	void theSameLineAtTheSameMomentAlwaysReadsTheSame() {
		Instant now = STORED_AT.plus(Duration.ofHours(30));

		assertThat(readAt(now, LineStatus.ACTIVE)).isEqualTo(readAt(now, LineStatus.ACTIVE));
		assertThat(readAt(now, LineStatus.ACTIVE).asOf()).isEqualTo(now);
	}

	@Test
	void dataUseMovesOnWithTheClockWhileTheLineIsActive() {
		OcsReading atStore = readAt(STORED_AT, LineStatus.ACTIVE);
		OcsReading dayLater = readAt(STORED_AT.plus(Duration.ofDays(1)), LineStatus.ACTIVE);

		assertThat(atStore.buckets().getFirst().used()).isEqualTo(3000);
		assertThat(dayLater.buckets().getFirst().used()).as("at least 5 MB an hour")
			.isGreaterThanOrEqualTo(3000 + 5 * 24);
	}

	@Test
	void aBucketNeverGoesPastItsAllowance() {
		OcsReading muchLater = readAt(Instant.parse("2026-11-30T23:00:00Z"), LineStatus.ACTIVE);

		BucketView texts = muchLater.buckets().get(2);
		assertThat(texts.used()).isBetween(99L, 100L);
		assertThat(muchLater.buckets().getFirst().used()).isLessThanOrEqualTo(10240);
	}

	@Test
	void usageStopsAtTheEndOfTheBucketsPeriod() {
		OcsReading atEnd = readAt(PERIOD_END, LineStatus.ACTIVE);
		OcsReading afterEnd = readAt(PERIOD_END.plus(Duration.ofDays(3)), LineStatus.ACTIVE);

		assertThat(afterEnd.buckets()).isEqualTo(atEnd.buckets());
	}

	@Test
	void aSuspendedLineIsBarredAndUsesNothing() {
		OcsReading reading = readAt(STORED_AT.plus(Duration.ofDays(2)), LineStatus.SUSPENDED);

		assertThat(reading.networkStatus()).isEqualTo(NetworkStatus.BARRED);
		assertThat(reading.buckets()).isEqualTo(stored.buckets());
		assertThat(reading.lastActivityAt()).isNull();
		assertThat(reading.roaming()).isFalse();
	}

	@Test
	void pendingAndCancelledLinesAreNotInTheNetwork() {
		assertThat(readAt(STORED_AT, LineStatus.PENDING).networkStatus()).isEqualTo(NetworkStatus.NOT_PROVISIONED);
		assertThat(readAt(STORED_AT, LineStatus.CANCELLED).networkStatus()).isEqualTo(NetworkStatus.NOT_PROVISIONED);
	}

	@Test
	void anActiveLineIsInTheNetworkMostOfTheDay() {
		long attached = 0;
		for (int hour = 0; hour < 24; hour++) {
			NetworkStatus status = readAt(STORED_AT.plus(Duration.ofHours(hour)), LineStatus.ACTIVE).networkStatus();
			assertThat(status).isIn(NetworkStatus.ATTACHED, NetworkStatus.DETACHED);
			attached += status == NetworkStatus.ATTACHED ? 1 : 0;
		}
		assertThat(attached).isEqualTo(21);
	}

	@Test
	void theMainBalanceIsTheStoredOne() {
		OcsReading reading = readAt(STORED_AT.plus(Duration.ofDays(1)), LineStatus.ACTIVE);

		assertThat(reading.mainBalance()).isEqualTo(Money.of("12.50", "USD"));
		assertThat(reading.mainBalanceExpiresAt()).isEqualTo(PERIOD_END);
	}
}
