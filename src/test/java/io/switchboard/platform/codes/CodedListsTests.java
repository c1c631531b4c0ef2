package io.switchboard.platform.codes;

import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.platform.i18n.SupportedLanguages;
import io.switchboard.platform.jdbc.BulkWriter;
import io.switchboard.shared.ChangedBySomeoneElse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One kind of administered list, on the schema the migrations build (H2 in PostgreSQL mode): with a third
 * language configured ({@code uk}), an entry takes a name in it and reads in it, with no migration and no
 * code; names are required in every configured language, each refusal on its box; a code is taken once;
 * a save from an older version, or racing another from the same version, is refused with who and when.
 */
@SpringJUnitConfig(CodedListsTests.Schema.class)
@TestPropertySource(properties = "switchboard.i18n.languages=en, ru, uk")
class CodedListsTests {

	static final CodedList REASONS = CodedList.named("test.suspend-reason");
	static final Locale UKRAINIAN = Locale.of("uk");

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	static class Schema {

		@Bean
		DataSource dataSource() {
			SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
					"jdbc:h2:mem:coded-lists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"sa", "");
			Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/h2")
				.load()
				.migrate();
			return database;
		}

		@Bean
		PlatformTransactionManager transactionManager(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		SupportedLanguages supportedLanguages(Environment environment) {
			return SupportedLanguages.configured(environment);
		}

		@Bean
		CodedLists codedLists(JdbcClient jdbc, DataSource dataSource, SupportedLanguages languages) {
			return new CodedLists(jdbc, new BulkWriter(dataSource), languages,
					Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
		}

		@Bean
		TransactionTemplate transactions(PlatformTransactionManager transactionManager) {
			return new TransactionTemplate(transactionManager);
		}
	}

	@Autowired
	CodedLists codes;

	@Autowired
	TransactionTemplate transactions;

	static String fresh() {
		return "R_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
	}

	static Draft named(String code, String english, String russian, String ukrainian) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		names.put("en", english);
		names.put("ru", russian);
		names.put("uk", ukrainian);
		return new Draft(code, names, null, true);
	}

	@Test
	void aThirdConfiguredLanguageIsANameMoreReadInThatLanguage() {
		String code = fresh();
		CodedEntry added = codes.add(REASONS, named(code, "Moved house", "Переезд", "Переїзд"), "admin");

		CodedEntry read = codes.find(REASONS, code).orElseThrow();
		assertThat(read.name(UKRAINIAN)).isEqualTo("Переїзд");
		assertThat(read.name(Locale.of("ru"))).isEqualTo("Переезд");
		assertThat(read.id()).isEqualTo(added.id());
		assertThat(read.names().byLanguage()).containsOnlyKeys("en", "ru", "uk");
	}

	@Test
	void everyConfiguredLanguageNeedsANameEachRefusalOnItsBox() {
		assertThatThrownBy(() -> codes.add(REASONS, named("9", "Moved house", "", null), "admin"))
			.isInstanceOfSatisfying(EntryRefused.class, refused -> assertThat(refused.reasons())
				.extracting(EntryRefused.Reason::field, r -> r.refusal().code())
				.containsExactly(org.assertj.core.api.Assertions.tuple("code", "CODED_LIST_CODE_INVALID"),
						org.assertj.core.api.Assertions.tuple("names[ru]", "CODED_LIST_NAME_REQUIRED"),
						org.assertj.core.api.Assertions.tuple("names[uk]", "CODED_LIST_NAME_REQUIRED")));
		assertThatThrownBy(() -> codes.add(REASONS, named(fresh(), "x".repeat(101), "Да", "Так"), "admin"))
			.isInstanceOfSatisfying(EntryRefused.class, refused -> assertThat(refused.reasons())
				.singleElement()
				.satisfies(r -> assertThat(r.field()).isEqualTo("names[en]")));
	}

	@Test
	void anEntrySavedBeforeTheLanguageWasAddedReadsInEnglishUntilItIsNamed() {
		String code = fresh();
		transactions.executeWithoutResult(tx -> codes.importEntries(List.of(anEntry(REASONS, code)
			.named("en", "Fraud suspected").named("ru", "Подозрение на мошенничество").build()), "import"));
		CodedEntry before = codes.find(REASONS, code).orElseThrow();
		assertThat(before.name(UKRAINIAN)).isEqualTo("Fraud suspected");
		assertThat(before.names().exactly("uk")).isNull();

		assertThatThrownBy(() -> codes.change(REASONS, before.id(), new Draft(null,
				Map.of("en", "Fraud suspected", "ru", "Подозрение на мошенничество"), null, true), 0, "admin"))
			.isInstanceOfSatisfying(EntryRefused.class, refused -> assertThat(refused.reasons())
				.extracting(EntryRefused.Reason::field).containsExactly("names[uk]"));
		codes.change(REASONS, before.id(), named(null, "Fraud suspected", "Подозрение на мошенничество",
				"Підозра на шахрайство"), 0, "admin");
		assertThat(codes.find(REASONS, code).orElseThrow().name(UKRAINIAN)).isEqualTo("Підозра на шахрайство");
	}

	@Test
	void namesInALanguageNoLongerConfiguredAreKept() {
		String code = fresh();
		transactions.executeWithoutResult(tx -> codes.importEntries(List.of(anEntry(REASONS, code)
			.named("en", "Lost phone").named("ru", "Утерян телефон").named("de", "Telefon verloren").build()), "import"));
		CodedEntry entry = codes.find(REASONS, code).orElseThrow();
		codes.change(REASONS, entry.id(), named(null, "Lost or stolen phone", "Телефон утерян или украден",
				"Телефон втрачено або викрадено"), 0, "admin");
		assertThat(codes.find(REASONS, code).orElseThrow().names().exactly("de")).isEqualTo("Telefon verloren");
	}

	@Test
	void aCodeIsTakenOnceWhateverItsCase() {
		String code = fresh();
		codes.add(REASONS, named(code.toLowerCase(Locale.ROOT), "Moved", "Переезд", "Переїзд"), "admin");
		assertThatThrownBy(() -> codes.add(REASONS, named(code, "Again", "Снова", "Знову"), "other.admin"))
			.isInstanceOfSatisfying(EntryRefused.class, refused -> assertThat(refused.reasons()).singleElement()
				.satisfies(r -> {
					assertThat(r.field()).isEqualTo("code");
					assertThat(r.refusal().code()).isEqualTo("CODED_LIST_CODE_TAKEN");
					assertThat(r.refusal().arguments()).containsExactly(code);
				}));
		assertThat(codes.entries(REASONS)).filteredOn(e -> e.code().equals(code)).singleElement()
			.extracting(e -> e.name(Locale.ENGLISH)).isEqualTo("Moved");
	}

	@Test
	void aSaveFromAnOlderVersionIsRefusedWithWhoSavedAndWhen() {
		String code = fresh();
		CodedEntry added = codes.add(REASONS, named(code, "First", "Первый", "Перший"), "admin");
		codes.change(REASONS, added.id(), named(null, "Second", "Второй", "Другий"), 0, "other.admin");
		assertThatThrownBy(() -> codes.change(REASONS, added.id(), named(null, "Third", "Третий", "Третій"), 0, "admin"))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> {
				assertThat(e.code()).isEqualTo("CODED_LIST_CHANGED_BY_SOMEONE_ELSE");
				assertThat(e.changedBy()).isEqualTo("other.admin");
				assertThat(e.changedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
				assertThat(e.currentVersion()).isEqualTo(1);
			});
		assertThat(codes.find(REASONS, code).orElseThrow().name(Locale.ENGLISH)).isEqualTo("Second");
	}

	@Test
	void ofTwoSavesFromTheSameVersionAtTheSameMomentOneWinsAndTheOtherIsTold() throws Exception {
		String code = fresh();
		CodedEntry added = codes.add(REASONS, named(code, "Start", "Начало", "Початок"), "admin");
		CountDownLatch firstHasWritten = new CountDownLatch(1);
		CountDownLatch secondHasStarted = new CountDownLatch(1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<Object> first = two.submit(() -> transactions.execute(tx -> {
				codes.change(REASONS, added.id(), named(null, "First", "Первый", "Перший"), 0, "first.admin");
				firstHasWritten.countDown();
				await(secondHasStarted);
				sleep();
				return "saved";
			}));
			Future<Object> second = two.submit(() -> {
				await(firstHasWritten);
				secondHasStarted.countDown();
				try {
					return transactions.execute(tx -> codes.change(REASONS, added.id(),
							named(null, "Second", "Второй", "Другий"), 0, "second.admin"));
				}
				catch (RuntimeException refused) {
					return refused;
				}
			});
			assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("saved");
			assertThat(second.get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(ChangedBySomeoneElse.class,
					e -> assertThat(e.changedBy()).isEqualTo("first.admin"));
		}
		finally {
			two.shutdownNow();
		}
		CodedEntry saved = codes.find(REASONS, code).orElseThrow();
		assertThat(saved.name(Locale.ENGLISH)).isEqualTo("First");
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void entriesComeInTheirOrderAndANewOneGoesLast() {
		CodedList list = CodedList.named("test.order-" + fresh().toLowerCase(Locale.ROOT).replace('_', '-'));
		List<String> added = new ArrayList<>();
		for (String name : List.of("B", "A", "C")) {
			added.add(codes.add(list, named("CODE_" + name, name, name, name), "admin").code());
		}
		CodedEntry first = codes.find(list, "CODE_C").orElseThrow();
		codes.change(list, first.id(), new Draft(null, Map.of("en", "C", "ru", "C", "uk", "C"), 5, false), 0, "admin");
		assertThat(codes.entries(list)).extracting(CodedEntry::code).containsExactly("CODE_C", "CODE_B", "CODE_A");
		assertThat(codes.entries(list)).extracting(CodedEntry::position).containsExactly(5, 10, 20);
		assertThat(codes.active(list)).extracting(CodedEntry::code).containsExactly("CODE_B", "CODE_A");
		assertThat(added).hasSize(3);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Long enough for the second save to reach the database and wait on the first's row. */
	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
