package io.switchboard.balance.ocs;

/** The OCS could not answer; the page falls back on the stored values and says why, in words. */
public class OcsUnavailable extends RuntimeException {

	/** Why the OCS did not answer. */
	public enum Reason {
		/** It did not answer within the read timeout (or could not be connected to in time). */
		TIMEOUT,
		/** It could not be reached at all (connection refused, unknown host). */
		UNREACHABLE,
		/** It answered with an error, or with something that cannot be read. */
		ERROR,
		/** It failed too often lately; the circuit breaker stops asking it for a while. */
		CIRCUIT_OPEN
	}

	private final Reason reason;

	public OcsUnavailable(Reason reason, Throwable cause) {
		super("OCS unavailable: " + reason, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
