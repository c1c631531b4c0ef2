package io.switchboard.platform.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V34 moves the lists that had a column per language into the one coded-list kind, keeping every entry:
 * its id (tickets still point at their category and queue), code, names, use, version and who saved it
 * last; queues get codes made from their names; the name columns and the wrap-up codes' own table go.
 * Runs on a fresh H2 database in PostgreSQL mode; {@code -Dswitchboard.migration-test.url=jdbc:postgresql://...}
 * (user postgres) runs it on an empty PostgreSQL database instead, which it cleans first.
 */
class CodedListMigrationTests {

	static final Timestamp AT = Timestamp.from(Instant.parse("2026-11-01T10:00:00Z"));
	static final UUID OPERATOR = UUID.fromString("00000000-0000-7000-8000-000000000001");
	static final UUID RESELLER = UUID.fromString("00000000-0000-7000-8000-000000000002");
	static final UUID BILLING = UUID.fromString("00000000-0000-7000-8000-0000000000c1");
	static final UUID RETIRED = UUID.fromString("00000000-0000-7000-8000-0000000000c2");
	static final UUID FIXED = UUID.fromString("00000000-0000-7000-8000-0000000000d1");
	static final UUID BACK_OFFICE = UUID.fromString("00000000-0000-7000-8000-0000000000e1");
	static final UUID ESCALATIONS = UUID.fromString("00000000-0000-7000-8000-0000000000e2");
	static final UUID THEIR_ESCALATIONS = UUID.fromString("00000000-0000-7000-8000-0000000000e3");
	static final UUID RUSSIAN_ONLY = UUID.fromString("00000000-0000-7000-8000-0000000000e4");
	static final UUID MEMBER = UUID.fromString("00000000-0000-7000-8000-0000000000a1");

	Flyway flyway;
	JdbcClient jdbc;

	@BeforeEach
	void aDatabaseAsItWasBeforeV34() {
		String url = System.getProperty("switchboard.migration-test.url");
		boolean postgres = url != null && !url.isBlank();
		DriverManagerDataSource database = postgres ? new DriverManagerDataSource(url, "postgres", "")
				: new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		String vendor = postgres ? "postgresql" : "h2";
		FluentConfiguration schema = Flyway.configure().dataSource(database).cleanDisabled(!postgres)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
		// the last migration before V34, whichever other branches have added since
		String before = Arrays.stream(schema.load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v.isNewerThan("0") && !v.isAtLeast("34"))
			.max(MigrationVersion::compareTo)
			.orElseThrow()
			.getVersion();
		flyway = schema.target(before).load();
		if (postgres) {
			flyway.clean();
		}
		flyway.migrate();
		flyway = schema.target(MigrationVersion.LATEST).load();
		jdbc = JdbcClient.create(database);

		category(BILLING, "BILLING", "Billing and payments", "Счета и оплата", true, 3);
		category(RETIRED, "ARCHIVE", "Archive", "Архив", false, 0);
		jdbc.sql("""
				insert into ticket_resolution (id, code, name_en, name_ru, active, updated_at, updated_by, version)
				values (?, 'FIXED', 'Resolved', 'Решено', true, ?, 'admin', 1)""").params(FIXED, AT).update();
		queue(BACK_OFFICE, "Billing back office", OPERATOR);
		queue(ESCALATIONS, "Escalations", OPERATOR);
		queue(THEIR_ESCALATIONS, "Escalations!", RESELLER);
		queue(RUSSIAN_ONLY, "Эскалации", RESELLER);
		jdbc.sql("insert into ticket_queue_member (queue_id, agent_id) values (?, ?)").params(BACK_OFFICE, MEMBER).update();
		jdbc.sql("""
				insert into ticket (id, number, customer_id, partner_id, category_id, priority, channel, subject, content,
				  status, expiry, created_by, queue_id, viewed_by_owner, clock_started_at, forward_count, return_count,
				  resolution_code, due_at, created_at, updated_at, updated_by, version)
				values (?, 'T-000001', ?, ?, ?, 'HIGH', 'PHONE', 'Subject', 'Content', 'CLOSED', 0, 'agent', ?, true, ?, 0, 0,
				  'FIXED', ?, ?, ?, 'agent', 0)""")
			.params(UUID.randomUUID(), UUID.randomUUID(), OPERATOR, BILLING, BACK_OFFICE, AT, AT, AT, AT)
			.update();
		jdbc.sql("""
				insert into interaction_wrap_up_code (code, name_en, name_ru, active, position, version, updated_at, updated_by)
				values ('RESOLVED', 'Resolved on first contact', 'Решено при первом обращении', true, 10, 2, ?, 'admin'),
				       ('DROPPED', 'Call dropped', 'Звонок прервался', false, 70, 0, ?, 'system')""")
			.params(AT, AT)
			.update();
		jdbc.sql("""
				insert into interaction (id, number, partner_id, channel, direction, wrap_up_code, started_at, ended_at,
				  created_at, created_by, updated_at, updated_by, version)
				values (?, 'I-000001', ?, 'PHONE', 'IN', 'RESOLVED', ?, ?, ?, 'agent', ?, 'agent', 1)""")
			.params(UUID.randomUUID(), OPERATOR, AT, AT, AT, AT)
			.update();
	}

	private void category(UUID id, String code, String en, String ru, boolean active, long version) {
		jdbc.sql("""
				insert into ticket_category (id, code, name_en, name_ru, sla_critical_hours, sla_high_hours,
				  sla_medium_hours, sla_low_hours, active, updated_at, updated_by, version)
				values (?, ?, ?, ?, 4, 24, 72, 168, ?, ?, 'admin', ?)""")
			.params(id, code, en, ru, active, AT, version)
			.update();
	}

	private void queue(UUID id, String name, UUID partner) {
		jdbc.sql("""
				insert into ticket_queue (id, name, partner_id, auto_assign, active, updated_at, updated_by, version)
				values (?, ?, ?, false, true, ?, 'admin', 5)""")
			.params(id, name, partner, AT)
			.update();
	}

	record Entry(UUID id, String list, String code, boolean active, int position, long version, String updatedBy) {
	}

	private List<Entry> entries(String list) {
		return jdbc.sql("""
				select id, list_name, code, active, position, version, updated_by from platform_code
				where list_name = ? order by position""")
			.param(list)
			.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getInt(5), rs.getLong(6), rs.getString(7)))
			.list();
	}

	private String name(UUID id, String language) {
		return jdbc.sql("select name from platform_code_name where code_id = ? and language = ?").params(id, language)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<String> columns(String table) {
		return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = ? "
				+ "order by 1").param(table).query(String.class).list();
	}

	@Test
	void categoriesKeepTheirIdsCodesNamesAndHoursAndLoseTheirNameColumns() {
		flyway.migrate();

		assertThat(entries("ticket.category")).extracting(Entry::id, Entry::code, Entry::active, Entry::position,
				Entry::version, Entry::updatedBy)
			.containsExactly(tuple(RETIRED, "ARCHIVE", false, 10, 0L, "admin"), tuple(BILLING, "BILLING", true, 20, 3L,
					"admin"));
		assertThat(name(BILLING, "en")).isEqualTo("Billing and payments");
		assertThat(name(BILLING, "ru")).isEqualTo("Счета и оплата");
		assertThat(columns("ticket_category")).containsExactly("code", "id", "sla_critical_hours", "sla_high_hours",
				"sla_low_hours", "sla_medium_hours");
		assertThat(jdbc.sql("select category_id from ticket where number = 'T-000001'").query(UUID.class).single())
			.isEqualTo(BILLING);
	}

	@Test
	void resolutionAndWrapUpCodesMoveWithTheirNamesAndTheirTablesGo() {
		flyway.migrate();

		assertThat(entries("ticket.resolution")).extracting(Entry::id, Entry::code, Entry::version)
			.containsExactly(tuple(FIXED, "FIXED", 1L));
		assertThat(name(FIXED, "ru")).isEqualTo("Решено");
		List<Entry> wrapUps = entries("interaction.wrap-up");
		assertThat(wrapUps).extracting(Entry::code, Entry::active, Entry::position, Entry::version, Entry::updatedBy)
			.containsExactly(tuple("RESOLVED", true, 10, 2L, "admin"), tuple("DROPPED", false, 70, 0L, "system"));
		assertThat(name(wrapUps.get(0).id(), "ru")).isEqualTo("Решено при первом обращении");
		assertThat(name(wrapUps.get(1).id(), "en")).isEqualTo("Call dropped");
		assertThat(columns("ticket_resolution")).isEmpty();
		assertThat(columns("interaction_wrap_up_code")).isEmpty();
		assertThat(jdbc.sql("select wrap_up_code from interaction where number = 'I-000001'").query(String.class).single())
			.isEqualTo("RESOLVED");
	}

	@Test
	void queuesGetCodesFromTheirNamesAndKeepTheirPartnersAndMembers() {
		flyway.migrate();

		List<Entry> queues = entries("ticket.queue");
		assertThat(queues).extracting(Entry::id, Entry::code)
			.containsExactly(tuple(BACK_OFFICE, "BILLING_BACK_OFFICE"), tuple(ESCALATIONS, "ESCALATIONS"),
					tuple(THEIR_ESCALATIONS, "ESCALATIONS_2"), tuple(RUSSIAN_ONLY, "QUEUE"));
		assertThat(queues).extracting(Entry::version).containsOnly(5L);
		assertThat(name(THEIR_ESCALATIONS, "en")).isEqualTo("Escalations!");
		assertThat(name(RUSSIAN_ONLY, "en")).as("the one name there was").isEqualTo("Эскалации");
		assertThat(name(RUSSIAN_ONLY, "ru")).isNull();
		assertThat(columns("ticket_queue")).containsExactly("auto_assign", "id", "last_assigned_id", "partner_id",
				"version");
		assertThat(jdbc.sql("select partner_id from ticket_queue where id = ?").param(THEIR_ESCALATIONS)
			.query(UUID.class).single()).isEqualTo(RESELLER);
		assertThat(jdbc.sql("select agent_id from ticket_queue_member where queue_id = ?").param(BACK_OFFICE)
			.query(UUID.class).single()).isEqualTo(MEMBER);
		assertThat(jdbc.sql("select queue_id from ticket where number = 'T-000001'").query(UUID.class).single())
			.isEqualTo(BACK_OFFICE);
		assertThat(queues).extracting(e -> e.code().toUpperCase(Locale.ROOT)).doesNotHaveDuplicates();
	}
}
