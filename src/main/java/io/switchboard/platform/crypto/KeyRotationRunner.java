package io.switchboard.platform.crypto;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The key rotation command ({@code switchboard.crypto.re-encrypt=true}, what {@code bin/rotate-key}
 * sets): re-encrypts every stored secret with the current key, then ends the application with exit
 * code 0, or 1 when a value could not be read.
 */
@Component
@ConditionalOnBooleanProperty("switchboard.crypto.re-encrypt")
class KeyRotationRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationRunner.class);

	private final KeyRotation rotation;
	private final ConfigurableApplicationContext context;

	KeyRotationRunner(KeyRotation rotation, ConfigurableApplicationContext context) {
		this.rotation = rotation;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code;
		try {
			Map<EncryptedColumns, Long> rewritten = rotation.rotate();
			long total = rewritten.values().stream().mapToLong(Long::longValue).sum();
			log.info("Key rotation finished: {} rows re-encrypted in {} tables; every secret now reads with the current "
					+ "key, so the previous key can be removed from the configuration.", total, rewritten.size());
			code = 0;
		}
		catch (RuntimeException e) {
			log.error("Key rotation stopped; what was re-encrypted so far stays readable with the current key, the rest "
					+ "with the previous one. Fix the cause and run it again.", e);
			code = 1;
		}
		int exitCode = code;
		// the application's schedulers would keep the JVM alive: close it and exit with the outcome
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}
}
