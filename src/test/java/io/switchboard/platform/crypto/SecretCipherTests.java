package io.switchboard.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Secrets written with one key are read while it is rotated out, and never with a key that did not write them. */
class SecretCipherTests {

	@Test
	void aValueWrittenWithThePreviousKeyIsReadDuringARotation() {
		String written = TestCiphers.oldKey().encrypt("1234");
		assertThat(TestCiphers.rotatingFromOldToNew().decrypt(written)).isEqualTo("1234");
	}

	@Test
	void duringARotationNewValuesAreWrittenWithTheNewKey() {
		String written = TestCiphers.rotatingFromOldToNew().encrypt("1234");
		assertThat(TestCiphers.newKey().decrypt(written)).isEqualTo("1234");
		assertThatThrownBy(() -> TestCiphers.oldKey().decrypt(written))
			.isInstanceOf(SecretCipher.UnreadableSecret.class);
	}

	@Test
	void reEncryptingMovesOnlyWhatThePreviousKeyWrote() {
		SecretCipher rotating = TestCiphers.rotatingFromOldToNew();
		String old = TestCiphers.oldKey().encrypt("PUK 12345678");
		String current = TestCiphers.newKey().encrypt("PUK 87654321");

		assertThat(rotating.reEncrypt(current)).isEmpty();
		String moved = rotating.reEncrypt(old).orElseThrow();
		assertThat(TestCiphers.newKey().decrypt(moved)).isEqualTo("PUK 12345678");
	}

	@Test
	void aValueNoConfiguredKeyWroteIsUnreadableNotGarbled() {
		String written = TestCiphers.demoKey().encrypt("1234");
		assertThatThrownBy(() -> TestCiphers.rotatingFromOldToNew().decrypt(written))
			.isInstanceOf(SecretCipher.UnreadableSecret.class)
			.hasMessageContaining("SWITCHBOARD_CRYPTO_PASSWORD");
	}

	@Test
	void neitherASecretNorTheKeyShowsInALogLine() {
		assertThat(Secret.of("1234").toString()).doesNotContain("1234");
		assertThat(new CryptoSettings(TestCiphers.NEW_PASSWORD, TestCiphers.NEW_SALT, TestCiphers.OLD_PASSWORD,
				TestCiphers.OLD_SALT).toString()).doesNotContain(TestCiphers.NEW_PASSWORD)
			.doesNotContain(TestCiphers.OLD_PASSWORD);
	}
}
