package io.switchboard.customer.domain;

import io.switchboard.customer.CarePinApi.CarePinView;
import io.switchboard.customer.CarePinApi.PinCheck;
import io.switchboard.customer.CarePinApi.PinCheck.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A customer's care PIN, kept only as a one-way hash. It is set by a manager, or by an agent for a
 * verified caller who speaks for the customer; from then on every check counts: a match starts the count
 * of wrong tries again, and {@code lockAfter} wrong tries in a row (on one call or across several) lock the
 * check for {@code lockFor}, during which the PIN is not even compared. A new PIN clears the lock. Its own
 * version, so that a wrong try never touches the customer's.
 */
@Entity
@Table(name = "customer_care_pin")
class CarePin {

	@Id
	private UUID customerId;

	private String pinHash;

	private Instant setAt;

	private String setBy;

	private int wrongTries;

	private Instant lockedUntil;

	@Version
	private long version;

	protected CarePin() {
	}

	CarePin(UUID customerId, String pinHash, Instant at, String by) {
		this.customerId = Objects.requireNonNull(customerId);
		change(pinHash, at, by);
	}

	/** A new PIN (already hashed): the count of wrong tries and any lock go with the old one. */
	void change(String pinHash, Instant at, String by) {
		this.pinHash = Objects.requireNonNull(pinHash);
		this.setAt = at;
		this.setBy = by;
		this.wrongTries = 0;
		this.lockedUntil = null;
	}

	/**
	 * Checks a try with {@code matches} (the hash comparison) unless the check is locked at {@code now}.
	 * The {@code lockAfter}-th wrong try in a row locks it until {@code now + lockFor}.
	 */
	PinCheck check(String pin, BiPredicate<String, String> matches, Instant now, int lockAfter, Duration lockFor) {
		if (locked(now)) {
			return new PinCheck(Outcome.LOCKED, lockedUntil);
		}
		if (pin != null && matches.test(pin, pinHash)) {
			wrongTries = 0;
			lockedUntil = null;
			return new PinCheck(Outcome.MATCH, null);
		}
		wrongTries++;
		if (wrongTries >= lockAfter) {
			wrongTries = 0;
			lockedUntil = now.plus(lockFor);
			return new PinCheck(Outcome.WRONG_AND_LOCKED, lockedUntil);
		}
		return new PinCheck(Outcome.WRONG, null);
	}

	boolean locked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	int wrongTries() {
		return wrongTries;
	}

	UUID customerId() {
		return customerId;
	}

	/** The PIN's state at {@code now}: a lock that has run out is not shown. */
	CarePinView view(Instant now) {
		return new CarePinView(true, setAt, setBy, locked(now) ? lockedUntil : null);
	}
}
