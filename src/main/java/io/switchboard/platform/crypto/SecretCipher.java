package io.switchboard.platform.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept for agents to read out (PIN/PUK codes, service passwords) with AES-256-GCM
 * (Spring Security's {@code Encryptors.delux}: a PBKDF2-derived key and a random IV per value).
 * The key comes from {@code switchboard.crypto.password} and {@code switchboard.crypto.salt}; the
 * built-in development key is refused nowhere but logged as a warning, so production sets its own.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	static final String DEVELOPMENT_PASSWORD = "switchboard-development-only";

	private final TextEncryptor encryptor;

	SecretCipher(Settings settings) {
		if (DEVELOPMENT_PASSWORD.equals(settings.password())) {
			log.warn("Secrets are encrypted with the built-in development key. Set SWITCHBOARD_CRYPTO_PASSWORD and "
					+ "SWITCHBOARD_CRYPTO_SALT before storing real customers' data.");
		}
		this.encryptor = Encryptors.delux(settings.password(), settings.salt());
	}

	public String encrypt(String plain) {
		return plain == null ? null : encryptor.encrypt(plain);
	}

	public String decrypt(String cipherText) {
		return cipherText == null ? null : encryptor.decrypt(cipherText);
	}

	@ConfigurationProperties("switchboard.crypto")
	record Settings(String password, String salt) {

		Settings {
			if (password == null || password.isBlank()) {
				password = DEVELOPMENT_PASSWORD;
			}
			if (salt == null || !salt.matches("([0-9a-fA-F]{2}){8,}")) {
				salt = "5377697463686264";
			}
		}
	}
}
