package io.switchboard.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.support.FreshDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Rotating the key: with the new key current and the old one still read, the rotation re-encrypts
 * every value the old key wrote, over as many pages as the table has, and leaves the rest alone.
 */
class KeyRotationTests {

	static final EncryptedColumns SIM_CODES = new EncryptedColumns("sim_codes", "id", List.of("pin", "puk"));

	JdbcTemplate jdbc;
	KeyRotation rotation;

	@BeforeEach
	void aTableOfSimCodes() {
		FreshDatabase database = FreshDatabase.migrated();
		jdbc = new JdbcTemplate(database.dataSource());
		jdbc.execute("CREATE TABLE sim_codes (id UUID PRIMARY KEY, pin VARCHAR(200), puk VARCHAR(200))");
		rotation = new KeyRotation(List.of(SIM_CODES), TestCiphers.rotatingFromOldToNew(), jdbc,
				new DataSourceTransactionManager(database.dataSource()));
	}

	@Test
	void everyValueTheOldKeyWroteIsReEncryptedWithTheNewOne() {
		SecretCipher old = TestCiphers.oldKey();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			// more rows than a page; some written before the rotation began, some after, a PUK missing
			SecretCipher writer = i % 3 == 0 ? TestCiphers.newKey() : old;
			rows.add(new Object[] { UUID.randomUUID(), writer.encrypt("pin" + i), i % 7 == 0 ? null : writer.encrypt("puk" + i) });
		}
		jdbc.batchUpdate("INSERT INTO sim_codes (id, pin, puk) VALUES (?, ?, ?)", rows);

		Map<EncryptedColumns, Long> rewritten = rotation.rotate();

		assertThat(rewritten).containsEntry(SIM_CODES, 800L);
		SecretCipher onlyTheNewKey = TestCiphers.newKey();
		List<String> pins = jdbc.queryForList("SELECT pin FROM sim_codes", String.class);
		assertThat(pins).hasSize(1_200).allSatisfy(pin -> assertThat(onlyTheNewKey.decrypt(pin)).startsWith("pin"));
		assertThat(jdbc.queryForList("SELECT puk FROM sim_codes WHERE puk IS NOT NULL", String.class))
			.allSatisfy(puk -> assertThat(onlyTheNewKey.decrypt(puk)).startsWith("puk"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sim_codes WHERE puk IS NULL", Integer.class))
			.isEqualTo(172);
	}

	@Test
	void aSecondRunFindsNothingLeftToDo() {
		jdbc.update("INSERT INTO sim_codes (id, pin, puk) VALUES (?, ?, ?)", UUID.randomUUID(),
				TestCiphers.oldKey().encrypt("1111"), TestCiphers.oldKey().encrypt("22222222"));
		assertThat(rotation.rotate()).containsEntry(SIM_CODES, 1L);
		assertThat(rotation.rotate()).containsEntry(SIM_CODES, 0L);
	}

	@Test
	void aValueNeitherKeyReadsStopsTheRotationAndIsLeftAsItWas() {
		String foreign = TestCiphers.demoKey().encrypt("9999");
		jdbc.update("INSERT INTO sim_codes (id, pin, puk) VALUES (?, ?, ?)", UUID.randomUUID(), foreign, null);

		assertThatThrownBy(rotation::rotate).isInstanceOf(SecretCipher.UnreadableSecret.class);
		assertThat(jdbc.queryForObject("SELECT pin FROM sim_codes", String.class)).isEqualTo(foreign);
	}
}
