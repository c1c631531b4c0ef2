package io.switchboard.balance.ocs;

import io.switchboard.balance.LineBalances;

/**
 * The "View OCS CSR" panel's content: what the OCS answered, or why it did not and the stored values
 * shown instead. {@code reading} is set when {@code outcome} is ANSWERED; {@code reason} and
 * {@code stored} when it is UNAVAILABLE.
 */
public record OcsView(boolean simulated, Outcome outcome, OcsUnavailable.Reason reason, OcsReading reading,
		LineBalances stored) {

	public enum Outcome {
		/** The OCS answered with a live reading. */
		ANSWERED,
		/** The OCS does not know the number. */
		UNKNOWN_LINE,
		/** The line has no number to ask the OCS about. */
		NO_NUMBER,
		/** The OCS does not serve this line's carrier. */
		NOT_SERVED,
		/** The OCS did not answer: down, slow, or its breaker is open. */
		UNAVAILABLE
	}
}
