package io.switchboard.line.domain;

import io.switchboard.platform.crypto.ColumnEncryptionMigration;
import io.switchboard.platform.crypto.EncryptedColumns;
import io.switchboard.platform.crypto.SecretCipher;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The line's values encrypted at rest, for key rotation: PIN/PUK codes of the SIM, the service password,
 * and the identity document of the line's user (encrypted since migration 20.2).
 */
@Configuration(proxyBeanMethods = false)
class LineSecretColumns {

	static final EncryptedColumns USER_DOCUMENT = new EncryptedColumns("line_service", "id", List.of("user_document"));

	@Bean
	EncryptedColumns simCodes() {
		return new EncryptedColumns("line_sim", "id", List.of("pin1", "puk1", "pin2", "puk2"));
	}

	@Bean
	EncryptedColumns lineCredentials() {
		return new EncryptedColumns("line_service", "id", List.of("service_password", "user_document"));
	}

	@Bean
	ColumnEncryptionMigration lineUserDocumentEncrypted(SecretCipher cipher) {
		return new ColumnEncryptionMigration("20.2", "line user identity documents encrypted", USER_DOCUMENT, 600,
				cipher) {
		};
	}
}
