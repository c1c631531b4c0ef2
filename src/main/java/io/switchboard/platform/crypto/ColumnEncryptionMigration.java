package io.switchboard.platform.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A Flyway migration that starts encrypting columns that held plain text: it widens them for the
 * cipher text, then encrypts every value already stored, with the current key, in the migration's
 * transaction. A module declares one as a bean (Spring Boot hands Java migration beans to Flyway), with
 * a version of its own; a fresh database has nothing to encrypt, an existing one keeps working.
 */
public abstract class ColumnEncryptionMigration implements JavaMigration {

	private final MigrationVersion version;
	private final String description;
	private final EncryptedColumns columns;
	private final int width;
	private final SecretCipher cipher;

	/**
	 * @param width the new width of each column, in characters: cipher text is hex, 64 characters plus
	 *     four per byte of the UTF-8 plain text
	 */
	protected ColumnEncryptionMigration(String version, String description, EncryptedColumns columns, int width,
			SecretCipher cipher) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.columns = columns;
		this.width = width;
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return version;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		for (String column : columns.columns()) {
			// SET DATA TYPE is understood by PostgreSQL and by H2
			jdbc.execute("ALTER TABLE " + columns.table() + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR("
					+ width + ")");
		}
		new ColumnRewriter(jdbc, TransactionOperations.withoutTransaction()).rewrite(columns,
				ColumnRewriter.encryptingWith(cipher));
	}
}
