package io.switchboard.platform.crypto;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the encryption key as soon as the configuration is read, before anything connects to the
 * database: an application without a proper key stops here, with {@link EncryptionKeyFailureAnalyzer}'s
 * message, instead of failing half-way through its start.
 */
class EncryptionKeyCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		EncryptionKeys.from(environment);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
