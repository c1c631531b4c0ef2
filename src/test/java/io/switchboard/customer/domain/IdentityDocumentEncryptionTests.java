package io.switchboard.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.crypto.SecretCipher;
import io.switchboard.platform.crypto.TestCiphers;
import io.switchboard.support.FreshDatabase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database whose passports were stored in plain text before the numbers were encrypted keeps working. */
class IdentityDocumentEncryptionTests {

	@Test
	void passportsStoredBeforeAreEncryptedByTheMigrationAndReadBackAsTheyWere() {
		FreshDatabase database = FreshDatabase.migratedUpTo("17");
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		UUID customer = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO customer (id, customer_number, customer_type, status, partner_id, first_name, last_name,
				    preferred_language, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, '900001', 'INDIVIDUAL', 'ACTIVE', ?, 'Ivan', 'Petrov', 'ru', 0, now(), 'legacy', now(), 'legacy')""",
				customer, UUID.randomUUID());
		jdbc.update("""
				INSERT INTO customer_identity_document (id, customer_id, document_type, series, doc_number, position)
				VALUES (?, ?, 'PASSPORT', '4509', '123456', 0)""", UUID.randomUUID(), customer);
		jdbc.update("""
				INSERT INTO customer_identity_document (id, customer_id, document_type, series, doc_number, position)
				VALUES (?, ?, 'DRIVING_LICENCE', NULL, '77 AB 654321', 1)""", UUID.randomUUID(), customer);

		SecretCipher cipher = TestCiphers.newKey();
		database.migrateWith(new IdentityDocumentEncryption().identityDocumentNumbersEncrypted(cipher));

		Map<String, Object> passport = jdbc.queryForMap(
				"SELECT series, doc_number FROM customer_identity_document WHERE position = 0");
		assertThat((String) passport.get("doc_number")).doesNotContain("123456").matches("[0-9a-f]{64,}");
		assertThat(cipher.decrypt((String) passport.get("doc_number"))).isEqualTo("123456");
		assertThat(cipher.decrypt((String) passport.get("series"))).isEqualTo("4509");
		Map<String, Object> licence = jdbc.queryForMap(
				"SELECT series, doc_number FROM customer_identity_document WHERE position = 1");
		assertThat(licence.get("series")).isNull();
		assertThat(cipher.decrypt((String) licence.get("doc_number"))).isEqualTo("77 AB 654321");
	}
}
