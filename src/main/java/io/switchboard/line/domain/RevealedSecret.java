package io.switchboard.line.domain;

/** A secret read out for the agent, after the reveal was audited. Its value never reaches a log line. */
public record RevealedSecret(LineSecret secret, String value) {

	@Override
	public String toString() {
		return "RevealedSecret[" + secret + "]";
	}
}
