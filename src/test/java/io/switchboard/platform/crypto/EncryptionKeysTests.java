package io.switchboard.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.Switchboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Outside the demo, the application has a key of its own or does not start: the built-in key is in the
 * source, so with it a copy of the database would give away every secret and the token signing key.
 */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeysTests {

	@Test
	void withoutAKeyTheApplicationRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
		SpringApplication application = new SpringApplication(Switchboard.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		// the tests' JVM runs the demo profile; a production start names only its own profiles
		assertThatThrownBy(() -> application.run("--spring.profiles.active=test",
				"--spring.datasource.url=jdbc:h2:mem:no-key;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--switchboard.crypto.password=", "--switchboard.crypto.salt="))
			.isInstanceOf(EncryptionKeyProblem.class)
			.extracting(e -> ((EncryptionKeyProblem) e).kind())
			.isEqualTo(EncryptionKeyProblem.Kind.MISSING);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("SWITCHBOARD_CRYPTO_PASSWORD and SWITCHBOARD_CRYPTO_SALT are not set")
			.contains("SWITCHBOARD_CRYPTO_PASSWORD   a random secret of at least 16 characters")
			.contains("SWITCHBOARD_CRYPTO_SALT       at least 16 hexadecimal characters")
			.contains("--spring.profiles.active=demo");
	}

	@Test
	void theBuiltInKeyIsRefusedOutsideTheDemo() {
		assertThatThrownBy(() -> EncryptionKeys.of(
				new CryptoSettings(EncryptionKeys.BUILT_IN_PASSWORD, EncryptionKeys.BUILT_IN_SALT, null, null), false))
			.isInstanceOf(EncryptionKeyProblem.class)
			.extracting(e -> ((EncryptionKeyProblem) e).kind())
			.isEqualTo(EncryptionKeyProblem.Kind.BUILT_IN);
	}

	@Test
	void theDemoRunsOnTheBuiltInKey() {
		EncryptionKeys keys = EncryptionKeys.of(new CryptoSettings(null, null, null, null), true);
		assertThat(keys.builtIn()).isTrue();
		assertThat(keys.current().password()).isEqualTo(EncryptionKeys.BUILT_IN_PASSWORD);
	}

	@Test
	void anOperatorsOwnKeyIsUsedAsGiven() {
		EncryptionKeys keys = EncryptionKeys.of(new CryptoSettings("a-long-enough-secret", "00112233445566778899",
				null, null), false);
		assertThat(keys.builtIn()).isFalse();
		assertThat(keys.current().salt()).isEqualTo("00112233445566778899");
		assertThat(keys.previous()).isNull();
	}

	@Test
	void aKeyHalfSetTooShortOrWithASaltThatIsNotHexIsRefusedWithItsReason() {
		assertThat(problem(new CryptoSettings("a-long-enough-secret", null, null, null)))
			.isEqualTo(EncryptionKeyProblem.Kind.INCOMPLETE);
		assertThat(problem(new CryptoSettings("short", "0011223344556677", null, null)))
			.isEqualTo(EncryptionKeyProblem.Kind.PASSWORD_TOO_SHORT);
		assertThat(problem(new CryptoSettings("a-long-enough-secret", "not-hex-not-hex-not-hex", null, null)))
			.isEqualTo(EncryptionKeyProblem.Kind.SALT_NOT_HEX);
		assertThat(problem(new CryptoSettings("a-long-enough-secret", "0011223344556677", "the-old-one", null)))
			.isEqualTo(EncryptionKeyProblem.Kind.PREVIOUS_INCOMPLETE);
	}

	@Test
	void theBuiltInKeyMayBeThePreviousOneWhenADemoDatabaseIsTakenOver() {
		EncryptionKeys keys = EncryptionKeys.of(new CryptoSettings("a-long-enough-secret", "0011223344556677",
				EncryptionKeys.BUILT_IN_PASSWORD, EncryptionKeys.BUILT_IN_SALT), false);
		assertThat(keys.previous().password()).isEqualTo(EncryptionKeys.BUILT_IN_PASSWORD);
	}

	@Test
	void eachRefusalIsDescribedWithTheSameAdvice() {
		EncryptionKeyFailureAnalyzer analyzer = new EncryptionKeyFailureAnalyzer();
		for (EncryptionKeyProblem.Kind kind : EncryptionKeyProblem.Kind.values()) {
			var analysis = analyzer.analyze(new IllegalStateException(new EncryptionKeyProblem(kind)));
			assertThat(analysis.getDescription()).isNotBlank();
			assertThat(analysis.getAction()).contains("openssl rand -hex 16").contains("bin/rotate-key");
		}
	}

	private static EncryptionKeyProblem.Kind problem(CryptoSettings settings) {
		try {
			EncryptionKeys.of(settings, false);
		}
		catch (EncryptionKeyProblem e) {
			return e.kind();
		}
		throw new AssertionError("accepted " + settings);
	}
}
