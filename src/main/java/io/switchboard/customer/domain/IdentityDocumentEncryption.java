package io.switchboard.customer.domain;

import io.switchboard.platform.crypto.ColumnEncryptionMigration;
import io.switchboard.platform.crypto.EncryptedColumns;
import io.switchboard.platform.crypto.SecretCipher;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identity document numbers (passport series and number) are encrypted at rest, as PIN/PUK codes are:
 * key rotation re-encrypts them, and migration 20.1 encrypted the ones stored before.
 */
@Configuration(proxyBeanMethods = false)
class IdentityDocumentEncryption {

	static final EncryptedColumns DOCUMENT_NUMBERS = new EncryptedColumns("customer_identity_document", "id",
			List.of("series", "doc_number"));

	@Bean
	EncryptedColumns identityDocumentNumbers() {
		return DOCUMENT_NUMBERS;
	}

	@Bean
	ColumnEncryptionMigration identityDocumentNumbersEncrypted(SecretCipher cipher) {
		return new ColumnEncryptionMigration("20.1", "identity document numbers encrypted", DOCUMENT_NUMBERS, 300,
				cipher) {
		};
	}
}
