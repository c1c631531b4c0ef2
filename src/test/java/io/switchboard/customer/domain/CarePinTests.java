package io.switchboard.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.customer.CarePinApi.PinCheck.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** A care PIN's life: set, tried, locked by wrong tries in a row, unlocked by time or by a new PIN. */
class CarePinTests {

	static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
	static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
	/** Stands in for the password encoder: the "hash" of a PIN is the PIN backwards. */
	static final BiPredicate<String, String> MATCHES = (pin, hash) -> new StringBuilder(pin).reverse().toString()
		.equals(hash);

	static CarePin aPinOf(String pin) {
		return new CarePin(UUID.randomUUID(), new StringBuilder(pin).reverse().toString(), NINE, "agent");
	}

	@Test
	void theRightPinMatchesAndStartsTheCountOfWrongTriesAgain() {
		CarePin pin = aPinOf("2468");
		pin.check("1111", MATCHES, NINE, 3, HALF_AN_HOUR);

		assertThat(pin.check("2468", MATCHES, NINE, 3, HALF_AN_HOUR).outcome()).isEqualTo(Outcome.MATCH);
		assertThat(pin.wrongTries()).isZero();
	}

	@Test
	void theLastWrongTryInARowLocksTheCheckAndALockedCheckComparesNothing() {
		CarePin pin = aPinOf("2468");
		assertThat(pin.check("1111", MATCHES, NINE, 3, HALF_AN_HOUR).outcome()).isEqualTo(Outcome.WRONG);
		assertThat(pin.check("2222", MATCHES, NINE, 3, HALF_AN_HOUR).outcome()).isEqualTo(Outcome.WRONG);

		var third = pin.check("3333", MATCHES, NINE.plusSeconds(10), 3, HALF_AN_HOUR);
		var rightButLocked = pin.check("2468", MATCHES, NINE.plusSeconds(20), 3, HALF_AN_HOUR);

		assertThat(third.outcome()).isEqualTo(Outcome.WRONG_AND_LOCKED);
		assertThat(third.lockedUntil()).isEqualTo(NINE.plusSeconds(10).plus(HALF_AN_HOUR));
		assertThat(rightButLocked.outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(pin.view(NINE.plusSeconds(20)).lockedUntil()).isEqualTo(third.lockedUntil());
	}

	@Test
	void aLockRunsOutAndANewPinClearsIt() {
		CarePin pin = aPinOf("2468");
		pin.check("1111", MATCHES, NINE, 1, HALF_AN_HOUR);

		assertThat(pin.check("2468", MATCHES, NINE.plus(HALF_AN_HOUR).plusSeconds(1), 1, HALF_AN_HOUR).outcome())
			.isEqualTo(Outcome.MATCH);
		pin.check("1111", MATCHES, NINE.plus(Duration.ofHours(1)), 1, HALF_AN_HOUR);
		pin.change("9753", NINE.plus(Duration.ofHours(1)), "manager");
		assertThat(pin.view(NINE.plus(Duration.ofHours(1))).lockedUntil()).isNull();
		assertThat(pin.check("3579", MATCHES, NINE.plus(Duration.ofHours(1)), 1, HALF_AN_HOUR).outcome())
			.isEqualTo(Outcome.MATCH);
	}
}
