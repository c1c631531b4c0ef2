package io.switchboard.interaction;

import java.time.Instant;

/**
 * The answer to one try at verifying a caller. {@code VERIFIED}: the caller is verified by that way.
 * {@code WRONG}: counted, {@code triesLeft} more on this call. {@code LOCKED_FOR_CALL}: that way is locked for
 * the rest of the call (by this try or earlier ones). {@code PIN_LOCKED}: the customer's PIN is locked until
 * {@code lockedUntil} by wrong tries on earlier calls (not counted here). {@code PIN_NOT_SET}: the customer
 * has no care PIN. {@code NO_DETAILS_ON_FILE}: the caller has no date of birth and document to compare with
 * (an organisation, or a related party who is not itself a customer): only the PIN proves who they are.
 */
public record CallerCheck(Outcome outcome, int triesLeft, Instant lockedUntil, InteractionView interaction) {

	public enum Outcome {
		VERIFIED, WRONG, LOCKED_FOR_CALL, PIN_LOCKED, PIN_NOT_SET, NO_DETAILS_ON_FILE
	}

	public boolean verified() {
		return outcome == Outcome.VERIFIED;
	}
}
