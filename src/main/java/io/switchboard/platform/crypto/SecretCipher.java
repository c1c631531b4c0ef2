package io.switchboard.platform.crypto;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept at rest (PIN/PUK codes, service passwords, identity document numbers, the key
 * that signs API tokens) with AES-256-GCM (Spring Security's {@code Encryptors.delux}: a PBKDF2-derived
 * key and a random IV per value, so GCM's tag tells a wrong key from a right one).
 *
 * <p>The key comes from {@code switchboard.crypto.password} and {@code salt}; outside the demo profile
 * the application does not start without one ({@link EncryptionKeys}). While a key is being rotated,
 * the previous key ({@code previous-password}, {@code previous-salt}) still reads what it wrote;
 * everything is written with the current key, and {@link KeyRotation} re-encrypts the rest.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private final TextEncryptor current;
	private final TextEncryptor previous;

	@Autowired
	SecretCipher(CryptoSettings settings, Environment environment) {
		this(EncryptionKeys.of(settings, environment.matchesProfiles("demo")));
	}

	SecretCipher(EncryptionKeys keys) {
		if (keys.builtIn()) {
			log.warn("Secrets are encrypted with the built-in development key (demo profile). A real deployment sets "
					+ "SWITCHBOARD_CRYPTO_PASSWORD and SWITCHBOARD_CRYPTO_SALT and runs without the demo profile.");
		}
		this.current = Encryptors.delux(keys.current().password(), keys.current().salt());
		this.previous = keys.previous() == null ? null
				: Encryptors.delux(keys.previous().password(), keys.previous().salt());
	}

	public String encrypt(String plain) {
		return plain == null ? null : current.encrypt(plain);
	}

	/** Reads a value written with the current key or, during a rotation, with the previous one. */
	public String decrypt(String cipherText) {
		if (cipherText == null) {
			return null;
		}
		try {
			return current.decrypt(cipherText);
		}
		catch (RuntimeException notTheCurrentKey) {
			if (previous == null) {
				throw new UnreadableSecret(notTheCurrentKey);
			}
			try {
				return previous.decrypt(cipherText);
			}
			catch (RuntimeException notThePreviousKey) {
				throw new UnreadableSecret(notThePreviousKey);
			}
		}
	}

	/**
	 * The value written anew with the current key when only the previous key reads it; empty when the
	 * current key already reads it (so a rotation interrupted half-way is simply run again).
	 */
	public Optional<String> reEncrypt(String cipherText) {
		if (cipherText == null) {
			return Optional.empty();
		}
		try {
			current.decrypt(cipherText);
			return Optional.empty();
		}
		catch (RuntimeException notTheCurrentKey) {
			return Optional.of(encrypt(decrypt(cipherText)));
		}
	}

	/** A stored value that neither the current nor the previous key reads: a wrong or missing key. */
	public static class UnreadableSecret extends IllegalStateException {

		UnreadableSecret(Throwable cause) {
			super("A value encrypted at rest cannot be read with the configured key(s): is SWITCHBOARD_CRYPTO_PASSWORD "
					+ "(or SWITCHBOARD_CRYPTO_PREVIOUS_PASSWORD during a rotation) the key it was written with?", cause);
		}
	}
}
