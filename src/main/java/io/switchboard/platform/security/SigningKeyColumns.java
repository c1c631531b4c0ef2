package io.switchboard.platform.security;

import io.switchboard.platform.crypto.EncryptedColumns;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The private half of the key that signs API tokens is encrypted at rest; key rotation re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class SigningKeyColumns {

	@Bean
	EncryptedColumns signingKeys() {
		return new EncryptedColumns("platform_signing_key", "key_id", List.of("private_key"));
	}
}
