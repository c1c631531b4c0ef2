package io.switchboard.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.balance.BucketType;
import io.switchboard.catalog.LineType;
import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.CustomerImport.NewCarePin;
import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.PartyRole;
import io.switchboard.customer.TaxIdType;
import io.switchboard.line.LineImport.NewLine;
import io.switchboard.line.LineStatus;
import io.switchboard.partner.PartnerRule;
import io.switchboard.shared.Inn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documentation, tests and training refer to these three customers by their exact identifiers. */
class DemoWellKnownCustomersTests {

	final DemoGenerator generator = new DemoGenerator(DemoGeneratorTests.SEED, DemoGeneratorTests.ANCHOR);
	final Tenancy tenancy = generator.reference().tenancy();
	final Chunk wellKnown = generator.wellKnown(tenancy);
	final Instant anchor = DemoGeneratorTests.ANCHOR.atStartOfDay(ZoneOffset.UTC).toInstant();

	@Test
	void janeQDoeIsAnMvnoCustomerWithOneActiveLineAndDataLeft() {
		NewCustomer jane = customer("100001");

		assertThat(jane.firstName()).isEqualTo("Jane");
		assertThat(jane.middleName()).isEqualTo("Q.");
		assertThat(jane.lastName()).isEqualTo("Doe");
		assertThat(jane.type()).isEqualTo(CustomerType.INDIVIDUAL);
		assertThat(jane.partnerId()).isEqualTo(tenancy.partnerId(DemoPartner.MVNO));
		assertThat(jane.accounts()).singleElement().satisfies(a -> assertThat(a.accountNumber()).isEqualTo("1000001"));
		assertThat(emails(jane)).containsExactly("jane.doe@example.com");
		assertThat(jane.flashNotes()).singleElement()
			.satisfies(n -> assertThat(n.expiresAt() == null || n.expiresAt().isAfter(anchor)).isTrue());

		NewLine line = linesOf(jane).getFirst();
		assertThat(linesOf(jane)).hasSize(1);
		assertThat(line.type()).isEqualTo(LineType.MOBILE);
		assertThat(line.status()).isEqualTo(LineStatus.ACTIVE);
		assertThat(line.mdn()).isEqualTo("+12025550143");
		assertThat(line.device().equipmentId()).isEqualTo("356938035643809");
		assertThat(line.sim().iccid()).isEqualTo("89014103211118510720");
		assertThat(Catalogue.plan(line.planCode()).dataMb()).isPositive();
		assertThat(balancesOf(line).buckets()).filteredOn(b -> b.type() == BucketType.DATA).singleElement()
			.satisfies(b -> assertThat(b.allowance() - b.used()).isPositive());
	}

	@Test
	void theWellKnownCustomersHaveTheCarePinsTheReadmeNamesAndJanesHusbandIsAnAuthorisedUser() {
		NewCustomer jane = customer("100001");

		assertThat(jane.relatedParties()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("John A. Doe");
			assertThat(p.role()).isEqualTo(PartyRole.AUTHORISED_USER);
		});
		assertThat(generator.carePins(wellKnown)).extracting(NewCarePin::customerId, NewCarePin::pin)
			.containsExactlyInAnyOrder(tuple(jane.id(), "2468"), tuple(customer("100002").id(), "1357"),
					tuple(customer("100003").id(), "8024"));
		assertThat(generator.reference().rules()).anySatisfy(r -> {
			assertThat(r.partner()).isEqualTo(DemoPartner.MVNO);
			assertThat(r.rule()).isEqualTo(PartnerRule.SECRET_VERIFICATION_PIN_PUK);
			assertThat(r.value()).isEqualTo("PIN");
		});
	}

	@Test
	void romashkaIsTheOperatorsOrganisationWithAnActiveAndASuspendedLine() {
		NewCustomer romashka = customer("100002");

		assertThat(romashka.organisationName()).isEqualTo("ООО «Ромашка»");
		assertThat(romashka.type()).isEqualTo(CustomerType.ORGANISATION);
		assertThat(romashka.partnerId()).isEqualTo(tenancy.partnerId(DemoPartner.OPERATOR));
		assertThat(romashka.taxId()).isEqualTo("7709123453");
		assertThat(romashka.taxIdType()).isEqualTo(TaxIdType.INN);
		assertThat(Inn.isValid(romashka.taxId())).isTrue();
		assertThat(romashka.accounts()).singleElement()
			.satisfies(a -> assertThat(a.contractNumber()).isEqualTo("Д-2024-0001"));
		assertThat(linesOf(romashka)).extracting(NewLine::mdn, NewLine::status).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("+79161234567", LineStatus.ACTIVE),
				org.assertj.core.groups.Tuple.tuple("+79167654321", LineStatus.SUSPENDED));
	}

	@Test
	void carlosMendesIsACustomerOfBluewaveWireless() {
		NewCustomer carlos = customer("100003");

		assertThat(carlos.firstName()).isEqualTo("Carlos");
		assertThat(carlos.lastName()).isEqualTo("Mendes");
		assertThat(carlos.partnerId()).isEqualTo(tenancy.partnerId(DemoPartner.BLUEWAVE));
		assertThat(linesOf(carlos)).singleElement().satisfies(line -> {
			assertThat(line.mdn()).isEqualTo("+13055550199");
			assertThat(line.status()).isEqualTo(LineStatus.ACTIVE);
		});
	}

	@Test
	void wellKnownCustomersAreTheSameWhateverTheAnchorDay() {
		Chunk later = new DemoGenerator(DemoGeneratorTests.SEED, LocalDate.of(2027, 1, 9)).wellKnown(tenancy);

		assertThat(later.customers()).extracting(NewCustomer::id)
			.containsExactlyElementsOf(wellKnown.customers().stream().map(NewCustomer::id).toList());
		assertThat(later.lines()).extracting(NewLine::mdn)
			.containsExactlyElementsOf(wellKnown.lines().stream().map(NewLine::mdn).toList());
	}

	private NewCustomer customer(String number) {
		return wellKnown.customers().stream().filter(c -> c.customerNumber().equals(number)).findFirst().orElseThrow();
	}

	private List<NewLine> linesOf(NewCustomer customer) {
		return wellKnown.lines().stream().filter(l -> l.customerId().equals(customer.id())).toList();
	}

	private NewLineBalances balancesOf(NewLine line) {
		return wellKnown.balances().stream().filter(b -> b.lineId().equals(line.id())).findFirst().orElseThrow();
	}

	private static List<String> emails(NewCustomer customer) {
		return customer.contacts().stream().filter(c -> c.type() == ContactMediumType.EMAIL).map(NewContact::email)
			.toList();
	}
}
