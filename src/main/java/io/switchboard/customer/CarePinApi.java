package io.switchboard.customer;

import io.switchboard.shared.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's care PIN: 4 to 8 digits a caller says to prove they may act for the customer. It belongs
 * to the customer rather than to one billing account, because a caller proves who they are toward the
 * customer as a whole (the same caller asks about any of its lines and accounts, and the other way to
 * prove it, date of birth and identity document, is the customer's too); whether a verified caller may act
 * for a particular account is a separate question (its primary party). Kept only as a one-way hash and
 * never shown. Checks count wrong tries in a row; too many lock the check for a while (audited), so calling
 * again and again does not let a caller guess it.
 */
public interface CarePinApi {

	/**
	 * Checks what a caller said against the customer's PIN and counts the try; the answer says whether it
	 * matched, was wrong (and whether this try locked the PIN), or could not be checked (no PIN, locked).
	 * Joins the caller's transaction.
	 */
	PinCheck check(UUID customerId, String pin, Actor actor);

	/** Whether the customer has a PIN, since when, and until when its check is locked (null: it is not). */
	CarePinView status(UUID customerId);

	/**
	 * Sets or changes the customer's PIN. Only a manager, or an agent on a call whose caller is the customer
	 * (or its primary party) and has been verified on that call; otherwise {@code CARE_PIN_NEEDS_VERIFIED_CALLER}.
	 * A PIN is 4 to 8 digits ({@code CARE_PIN_INVALID}). Audited without the value; clears a lock.
	 */
	void change(String customerNumber, String newPin, Actor actor);

	/** The outcome of one check; {@code lockedUntil} is set when the PIN check is locked. */
	record PinCheck(Outcome outcome, Instant lockedUntil) {

		public enum Outcome {
			/** The PIN matched; the count of wrong tries starts again. */
			MATCH,
			/** Wrong; the check is still open. */
			WRONG,
			/** Wrong, and this try locked the check until {@code lockedUntil}. */
			WRONG_AND_LOCKED,
			/** Locked by earlier wrong tries: the PIN was not checked. */
			LOCKED,
			/** The customer has no PIN. */
			NOT_SET
		}

		public boolean matched() {
			return outcome == Outcome.MATCH;
		}
	}

	/** The PIN's state as a page shows it: never the PIN. {@code lockedUntil} is null unless it is locked now. */
	record CarePinView(boolean set, Instant setAt, String setBy, Instant lockedUntil) {

		public static final CarePinView NONE = new CarePinView(false, null, null, null);
	}
}
