package io.switchboard.customer;

import static io.switchboard.customer.CustomerFixtures.aNewCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.web.AuditFormat;
import io.switchboard.customer.domain.FlashNotes;
import io.switchboard.customer.domain.Profiles;
import io.switchboard.customer.domain.Profiles.Edit;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer module on its own (with what it may use): its changes are announced to other modules. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CustomerModuleTests {

	static final Actor AGENT = new Actor(UUID.randomUUID(), "module-test", "Module Test", UUID.randomUUID(),
			PartnerScope.EVERYONE, Set.of("AGENT"));

	@Autowired
	CustomerImport imports;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Profiles profiles;

	@Autowired
	FlashNotes flashNotes;

	@Autowired
	CustomerApi customers;

	@Autowired
	AuditApi audit;

	@Autowired
	AuditFormat format;

	String number;

	@BeforeEach
	void aCustomer() {
		var anna = aNewCustomer().named("Anna", "Smirnova").withEmail("anna@example.net");
		number = anna.number();
		transactions.executeWithoutResult(tx -> imports.importCustomers(List.of(anna.build())));
	}

	@Test
	void aProfileChangeIsAnnouncedWithTheFieldsThatChanged(Scenario scenario) {
		long version = profiles.profile(number, PartnerScope.EVERYONE).header().version();
		Edit edit = new Edit("Anna", null, "Smirnova-Ivanova", null, null, null, null, "ru", List.of(),
				List.of(new Edit.Email("anna@example.net", ContactPurpose.HOME, true)), List.of(), null);
		scenario.stimulate(() -> profiles.change(number, version, edit, AGENT))
			.andWaitForEventOfType(CustomerProfileChanged.class)
			.matching(event -> event.customerNumber().equals(number))
			.toArriveAndVerify(event -> {
				assertThat(event.fields()).containsExactly("lastName");
				assertThat(event.actor()).isEqualTo("module-test");
			});
	}

	@Test
	void aFlashNoteIsAnnounced(Scenario scenario) {
		scenario.stimulate(() -> flashNotes.add(number, "Calls about the roaming bill every week", Severity.WARNING,
				null, ZoneId.of("Europe/Moscow"), AGENT))
			.andWaitForEventOfType(FlashNoteAdded.class)
			.matching(event -> event.customerNumber().equals(number))
			.toArriveAndVerify(event -> assertThat(event.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void aFlashNoteShowsThroughItsLastDayInTheWritersTimeZoneAndKeepsThatDay() {
		LocalDate lastDay = LocalDate.now(ZoneId.of("America/New_York")).plusDays(10);
		UUID customerId = customers.get(number, PartnerScope.EVERYONE).id();

		flashNotes.add(number, "Disputes the March bill", Severity.INFO, lastDay, ZoneId.of("America/New_York"), AGENT);

		FlashNoteView note = customers.flashNotes(customerId).getFirst();
		assertThat(note.lastDay()).isEqualTo(lastDay);
		assertThat(note.expiresAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneId.of("America/New_York")).toInstant());
	}

	@Test
	void theTrailKeepsCodedValuesAsTermsThatReadInEveryLanguage() {
		long version = profiles.profile(number, PartnerScope.EVERYONE).header().version();
		Edit edit = new Edit("Anna", null, "Smirnova", null, LocalDate.of(1990, 6, 1), null, null, "en",
				List.of(new Edit.Phone("+79169870011", ContactPurpose.WORK, true)),
				List.of(new Edit.Email("anna@example.net", ContactPurpose.HOME, true)), List.of(),
				new Edit.Passport("4510", "123456", "ОВД Тверского района", LocalDate.of(2015, 4, 3)));
		profiles.change(number, version, edit, AGENT);
		flashNotes.add(number, "Prefers e-mail", Severity.WARNING, null, ZoneId.of("UTC"), AGENT);

		List<AuditApi.Change> changes = audit.forSubject(new AuditApi.AuditSubject("CUSTOMER", number), 5).stream()
			.flatMap(e -> e.changes().stream())
			.toList();
		Map<String, String> english = read(changes, format, Locale.ENGLISH);
		Map<String, String> russian = read(changes, format, Locale.of("ru"));

		assertThat(english).containsEntry("phones", "+7 916 987-00-11 (work, preferred)")
			.containsEntry("dateOfBirth", "Jun 1, 1990")
			.containsEntry("preferredLanguage", "English")
			.containsEntry("flashNote", "Warning: Prefers e-mail");
		assertThat(english.get("identification")).startsWith("Passport ").endsWith("ОВД Тверского района, Apr 3, 2015")
			.doesNotContain("123456");
		assertThat(russian).containsEntry("phones", "+7 916 987-00-11 (рабочий, основной)")
			.containsEntry("preferredLanguage", "Английский")
			.containsEntry("flashNote", "Внимание: Prefers e-mail");
		assertThat(russian.get("identification")).startsWith("Паспорт ");
		assertThat(String.join(" ", english.values()) + String.join(" ", russian.values()))
			.doesNotContain("PASSPORT", "WORK", "WARNING", "1990-06-01");
	}

	private static Map<String, String> read(List<AuditApi.Change> changes, AuditFormat format, Locale language) {
		LocaleContextHolder.setLocale(language);
		try {
			Map<String, String> read = new LinkedHashMap<>();
			changes.forEach(c -> read.put(c.field(), format.value(c.field(), c.after())));
			return read;
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
