package io.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.domain.FlashNotes;
import io.switchboard.customer.domain.Profiles;
import io.switchboard.customer.domain.Profiles.Edit;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

	String number;

	@BeforeEach
	void aCustomer() {
		number = String.valueOf(ThreadLocalRandom.current().nextInt(8_000_000, 8_999_999));
		transactions.executeWithoutResult(tx -> imports.importCustomers(List.of(new NewCustomer(Ids.next(), number,
				CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, UUID.randomUUID(), null, "Anna", null, "Smirnova", null,
				null, null, null, "ru", Instant.parse("2025-02-01T09:00:00Z"), "test", List.of(),
				List.of(new NewContact(Ids.next(), ContactMediumType.EMAIL, ContactPurpose.HOME, true, null,
						"anna@example.net", null, null, null, null, null)),
				List.of(), List.of(), List.of()))));
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
				null, AGENT))
			.andWaitForEventOfType(FlashNoteAdded.class)
			.matching(event -> event.customerNumber().equals(number))
			.toArriveAndVerify(event -> assertThat(event.severity()).isEqualTo(Severity.WARNING));
	}
}
