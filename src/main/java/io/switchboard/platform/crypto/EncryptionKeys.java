package io.switchboard.platform.crypto;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Decides which keys encrypt and decrypt secrets at rest, and refuses to go on without a proper one.
 * Outside the {@code demo} profile the operator must set its own key: with the built-in development
 * key, anyone holding a copy of the source and of the database could read every PIN/PUK code and
 * identity document and sign API tokens. The demo may run on the built-in key (it holds no real data).
 *
 * @param current the key every value is written with
 * @param previous the key of a rotation in progress, read only; null when none
 * @param builtIn whether {@code current} is the built-in development key (demo only)
 */
record EncryptionKeys(Key current, Key previous, boolean builtIn) {

	static final String BUILT_IN_PASSWORD = "switchboard-development-only";
	static final String BUILT_IN_SALT = "5377697463686264";
	static final int MINIMUM_PASSWORD_LENGTH = 16;

	private static final String HEX_SALT = "([0-9a-fA-F]{2}){8,}";

	record Key(String password, String salt) {

		@Override
		public String toString() {
			return "Key[********]";
		}
	}

	static EncryptionKeys from(Environment environment) {
		CryptoSettings settings = Binder.get(environment)
			.bind("switchboard.crypto", CryptoSettings.class)
			.orElseGet(() -> new CryptoSettings(null, null, null, null));
		return of(settings, environment.matchesProfiles("demo"));
	}

	static EncryptionKeys of(CryptoSettings settings, boolean demo) {
		Key previous = previous(settings);
		if (settings.password() == null && settings.salt() == null) {
			if (!demo) {
				throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.MISSING);
			}
			return new EncryptionKeys(new Key(BUILT_IN_PASSWORD, BUILT_IN_SALT), previous, true);
		}
		if (settings.password() == null || settings.salt() == null) {
			throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.INCOMPLETE);
		}
		if (BUILT_IN_PASSWORD.equals(settings.password())) {
			if (!demo) {
				throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.BUILT_IN);
			}
			return new EncryptionKeys(new Key(BUILT_IN_PASSWORD, settings.salt()), previous, true);
		}
		if (settings.password().length() < MINIMUM_PASSWORD_LENGTH) {
			throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.PASSWORD_TOO_SHORT);
		}
		if (!settings.salt().matches(HEX_SALT)) {
			throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.SALT_NOT_HEX);
		}
		return new EncryptionKeys(new Key(settings.password(), settings.salt()), previous, false);
	}

	/** The previous key may be the built-in one: that is how a database the demo key wrote is taken over. */
	private static Key previous(CryptoSettings settings) {
		if (settings.previousPassword() == null && settings.previousSalt() == null) {
			return null;
		}
		if (settings.previousPassword() == null || settings.previousSalt() == null) {
			throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.PREVIOUS_INCOMPLETE);
		}
		if (!settings.previousSalt().matches(HEX_SALT)) {
			throw new EncryptionKeyProblem(EncryptionKeyProblem.Kind.SALT_NOT_HEX);
		}
		return new Key(settings.previousPassword(), settings.previousSalt());
	}
}
