package io.switchboard.platform.crypto;

/** Ciphers with keys a test chooses: the demo's, an operator's own, or one in the middle of a rotation. */
public final class TestCiphers {

	public static final String OLD_PASSWORD = "the-old-key-of-the-operator";
	public static final String OLD_SALT = "0123456789abcdef";
	public static final String NEW_PASSWORD = "the-new-key-of-the-operator";
	public static final String NEW_SALT = "fedcba9876543210";

	private TestCiphers() {
	}

	/** The built-in development key the demo profile runs on. */
	public static SecretCipher demoKey() {
		return new SecretCipher(EncryptionKeys.of(new CryptoSettings(null, null, null, null), true));
	}

	public static SecretCipher oldKey() {
		return new SecretCipher(EncryptionKeys.of(new CryptoSettings(OLD_PASSWORD, OLD_SALT, null, null), false));
	}

	public static SecretCipher newKey() {
		return new SecretCipher(EncryptionKeys.of(new CryptoSettings(NEW_PASSWORD, NEW_SALT, null, null), false));
	}

	/** The new key current, the old one still read: every node during a rotation. */
	public static SecretCipher rotatingFromOldToNew() {
		return new SecretCipher(
				EncryptionKeys.of(new CryptoSettings(NEW_PASSWORD, NEW_SALT, OLD_PASSWORD, OLD_SALT), false));
	}
}
