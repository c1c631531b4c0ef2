package io.switchboard.platform.crypto;

/**
 * A value that is encrypted at rest and must never reach a log line: {@link #toString()} hides it.
 * Read it with {@link #reveal()}, only where the reveal is audited.
 */
public final class Secret {

	private final String value;

	private Secret(String value) {
		this.value = value;
	}

	public static Secret of(String value) {
		return value == null ? null : new Secret(value);
	}

	public String reveal() {
		return value;
	}

	/** The number of characters, for a mask that is as long as the secret. */
	public int length() {
		return value.length();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Secret s && s.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return "********";
	}
}
