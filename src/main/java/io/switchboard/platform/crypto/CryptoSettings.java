package io.switchboard.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts secrets at rest ({@code switchboard.crypto.*}): a password and a hex salt from
 * which AES-256 keys are derived. During a key rotation the key that was current before is given as
 * {@code previous-password} and {@code previous-salt}: values written with it are still read, every new
 * value is written with the current key, and {@code bin/rotate-key} re-encrypts what is left.
 *
 * @param password the current key's password ({@code SWITCHBOARD_CRYPTO_PASSWORD})
 * @param salt the current key's salt, hex ({@code SWITCHBOARD_CRYPTO_SALT})
 * @param previousPassword the password of the key being rotated out, or empty
 * @param previousSalt its salt, or empty
 */
@ConfigurationProperties("switchboard.crypto")
public record CryptoSettings(String password, String salt, String previousPassword, String previousSalt) {

	public CryptoSettings {
		password = blankToNull(password);
		salt = blankToNull(salt);
		previousPassword = blankToNull(previousPassword);
		previousSalt = blankToNull(previousSalt);
	}

	/** Never the key itself: settings end up in log lines and error messages. */
	@Override
	public String toString() {
		return "CryptoSettings[password=" + (password == null ? "unset" : "********") + ", previous="
				+ (previousPassword == null ? "unset" : "********") + "]";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
