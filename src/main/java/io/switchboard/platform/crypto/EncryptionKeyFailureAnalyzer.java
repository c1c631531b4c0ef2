package io.switchboard.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, when the application refuses to start for want of an encryption key, exactly what to set. */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyProblem> {

	static final String ACTION = """
			Set your own key in the environment (or in switchboard.crypto.password and switchboard.crypto.salt):
			    SWITCHBOARD_CRYPTO_PASSWORD   a random secret of at least %d characters, e.g. the output of: openssl rand -base64 32
			    SWITCHBOARD_CRYPTO_SALT       at least 16 hexadecimal characters, e.g. the output of: openssl rand -hex 16
			Keep both in your secret store: without them nothing encrypted can be read again. Every node of a cluster
			needs the same two values. A database that already holds data written with another key (or with the
			built-in development key) also needs that key as SWITCHBOARD_CRYPTO_PREVIOUS_PASSWORD and
			SWITCHBOARD_CRYPTO_PREVIOUS_SALT, then bin/rotate-key (README, "Encryption keys"). To try Switchboard
			without a key of your own, run the demo profile: --spring.profiles.active=demo"""
		.formatted(EncryptionKeys.MINIMUM_PASSWORD_LENGTH);

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyProblem cause) {
		return new FailureAnalysis(description(cause.kind()), ACTION, cause);
	}

	static String description(EncryptionKeyProblem.Kind kind) {
		return switch (kind) {
			case MISSING -> "Switchboard has no encryption key of its own: SWITCHBOARD_CRYPTO_PASSWORD and "
					+ "SWITCHBOARD_CRYPTO_SALT are not set. PIN/PUK codes, identity documents, service passwords and the "
					+ "key that signs API tokens are encrypted with it; the built-in development key is allowed only in "
					+ "the demo profile.";
			case INCOMPLETE -> "Only one of SWITCHBOARD_CRYPTO_PASSWORD and SWITCHBOARD_CRYPTO_SALT is set; the key "
					+ "needs both.";
			case BUILT_IN -> "SWITCHBOARD_CRYPTO_PASSWORD is the built-in development key, which is public (it is in "
					+ "the source code). It is allowed only in the demo profile.";
			case PASSWORD_TOO_SHORT -> "SWITCHBOARD_CRYPTO_PASSWORD is shorter than "
					+ EncryptionKeys.MINIMUM_PASSWORD_LENGTH + " characters.";
			case SALT_NOT_HEX -> "SWITCHBOARD_CRYPTO_SALT (or SWITCHBOARD_CRYPTO_PREVIOUS_SALT) is not at least 16 "
					+ "hexadecimal characters (0-9, a-f), in pairs.";
			case PREVIOUS_INCOMPLETE -> "Only one of SWITCHBOARD_CRYPTO_PREVIOUS_PASSWORD and "
					+ "SWITCHBOARD_CRYPTO_PREVIOUS_SALT is set; the previous key needs both.";
		};
	}
}
