package io.switchboard.customer;

import java.util.Arrays;

/**
 * What a partner asks of a caller before an agent reads a secret out to them (the value of a
 * {@code SECRET_VERIFICATION_*} partner rule): the care PIN only, the care PIN or the date of birth with
 * the last 4 digits of an identity document, or nothing.
 */
public enum RequiredVerification {

	PIN, PIN_OR_DOB_ID, NONE;

	/** Whether a caller verified by {@code method} (null: not verified) may hear the secret. */
	public boolean satisfiedBy(VerificationMethod method) {
		return switch (this) {
			case NONE -> true;
			case PIN_OR_DOB_ID -> method != null;
			case PIN -> method == VerificationMethod.PIN;
		};
	}

	/**
	 * The requirement a rule's value names. A value that names none (the partner module checks values as
	 * they are set, so only a hand-edited row gets here) is read as the strictest, {@code PIN}.
	 */
	public static RequiredVerification of(String ruleValue) {
		return Arrays.stream(values()).filter(r -> r.name().equals(ruleValue)).findFirst().orElse(PIN);
	}
}
