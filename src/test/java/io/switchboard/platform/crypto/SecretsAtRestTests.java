package io.switchboard.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo operator's loader wrote is encrypted at rest, PIN/PUK codes and identity documents alike,
 * and every encrypted column is known to key rotation.
 */
@SwitchboardApplicationTest
class SecretsAtRestTests {

	@Autowired
	KeyRotation rotation;

	@Autowired
	SecretCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEncryptedColumnIsKnownToKeyRotation() {
		assertThat(rotation.columns()).extracting(EncryptedColumns::toString)
			.contains("line_sim(pin1, puk1, pin2, puk2)", "line_service(service_password, user_document)",
					"customer_identity_document(series, doc_number)", "platform_signing_key(private_key)");
	}

	@Test
	void aPassportNumberIsStoredEncryptedAndReadsBackWithTheKey() {
		String stored = jdbc.sql("""
				SELECT d.doc_number FROM customer_identity_document d JOIN customer c ON c.id = d.customer_id
				WHERE c.customer_number = '100001' AND d.document_type = 'PASSPORT'""")
			.query(String.class)
			.single();

		assertThat(stored).doesNotContain("567812340").matches("[0-9a-f]{64,}");
		assertThat(cipher.decrypt(stored)).isEqualTo("567812340");
	}

	@Test
	void theIdentityDocumentsOfLineUsersAreStoredEncrypted() {
		List<String> stored = jdbc.sql("SELECT user_document FROM line_service WHERE user_document IS NOT NULL")
			.query(String.class)
			.list();

		assertThat(stored).isNotEmpty().allSatisfy(value -> {
			assertThat(value).matches("[0-9a-f]{64,}");
			assertThat(cipher.decrypt(value)).isNotBlank();
		});
	}

	@Test
	void whatTheDemoWroteReadsWithTheCurrentKeySoARotationHasNothingToDo() {
		assertThat(rotation.rotate()).isNotEmpty().allSatisfy((columns, rewritten) -> assertThat(rewritten).isZero());
	}
}
