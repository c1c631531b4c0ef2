package io.switchboard.platform.crypto;

/**
 * The application cannot start because its encryption key is missing or unfit; the failure analyzer
 * turns it into a message that says what to set.
 */
public class EncryptionKeyProblem extends RuntimeException {

	/** What is wrong with the key. */
	public enum Kind {
		/** Neither password nor salt set, outside the demo profile. */
		MISSING,
		/** Only one of password and salt set. */
		INCOMPLETE,
		/** The built-in development key, outside the demo profile. */
		BUILT_IN,
		PASSWORD_TOO_SHORT,
		SALT_NOT_HEX,
		/** Only one of previous-password and previous-salt set. */
		PREVIOUS_INCOMPLETE
	}

	private final Kind kind;

	public EncryptionKeyProblem(Kind kind) {
		super("The encryption key for secrets at rest is not usable: " + kind);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
