package io.switchboard.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty in-memory H2 database of its own, migrated like the application's, for tests that need a
 * database nobody else uses (two nodes racing on an empty table, a migration over old rows).
 */
public final class FreshDatabase {

	private final DataSource dataSource;

	private FreshDatabase() {
		this.dataSource = new DriverManagerDataSource("jdbc:h2:mem:fresh-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** A database with every SQL migration applied. */
	public static FreshDatabase migrated() {
		FreshDatabase database = new FreshDatabase();
		database.migrate(null);
		return database;
	}

	/** A database migrated up to this version (inclusive), to write rows as an older release did. */
	public static FreshDatabase migratedUpTo(String version) {
		FreshDatabase database = new FreshDatabase();
		database.migrate(version);
		return database;
	}

	/** Applies the remaining migrations, with these Java migrations among them. */
	public FreshDatabase migrateWith(JavaMigration... javaMigrations) {
		flyway(null, javaMigrations).migrate();
		return this;
	}

	public DataSource dataSource() {
		return dataSource;
	}

	private void migrate(String target) {
		flyway(target).migrate();
	}

	private Flyway flyway(String target, JavaMigration... javaMigrations) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.javaMigrations(javaMigrations);
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}
}
