package io.switchboard.demo.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.Role;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerMatch;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.customer.RelatedPartyView;
import io.switchboard.line.LineImport;
import io.switchboard.line.LineApi;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Msisdn;
import io.switchboard.shared.PartnerScope;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** On the test profile (300 generated customers) the desk starts with the demo operator in place. */
@SpringBootTest
class DemoOperatorTests {

	@Autowired
	PartnerApi partners;

	@Autowired
	AgentApi agents;

	@Autowired
	CatalogApi catalog;

	@Autowired
	CustomerApi customerApi;

	@Autowired
	CustomerSearch search;

	@Autowired
	CustomerImport customers;

	@Autowired
	LineImport lines;

	@Autowired
	UserDetailsService logins;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DemoOperator demoOperator;

	@Test
	void theOperatorItsMvnoAndTwoResellersExistAfterStartup() {
		PartnerView operator = partners.findByCode("SWITCHBOARD").orElseThrow();

		assertThat(operator.name()).isEqualTo("Switchboard Mobile");
		assertThat(operator.type()).isEqualTo(PartnerType.OPERATOR);
		assertThat(partners.all()).extracting(PartnerView::code).contains("SWITCHBOARD", "NIMBUS", "BLUEWAVE",
				"SVYAZPLUS");
		assertThat(partners.findByCode("BLUEWAVE").orElseThrow().name()).isEqualTo("Bluewave Wireless");
		assertThat(partners.selfAndDescendants(operator.id())).hasSizeGreaterThanOrEqualTo(4);
		assertThat(partners.rule(operator.id(), PartnerRule.BACKOFFICE_LINK_MNP).orElseThrow())
			.startsWith("https://mnp.switchboard-mobile.example/").contains("{mdn}");
		assertThat(partners.intRule(partners.findByCode("BLUEWAVE").orElseThrow().id(),
				PartnerRule.DAYS_BEFORE_RENEWAL_TO_DISPLAY_LIFELINE_RECERTIFICATION_DATE)).isEqualTo(45);
		// other tests add plans and features of their own (codes starting LT); the demo's are the rest
		assertThat(catalog.plans()).filteredOn(p -> !p.code().startsWith("LT")).hasSizeBetween(8, 12);
		assertThat(catalog.features()).filteredOn(f -> !f.code().startsWith("LT")).hasSizeBetween(18, 25);
	}

	@Test
	void theDemoLoginsLogInWithTheirUsernameAsPassword() {
		for (String username : List.of("agent", "manager", "backoffice", "admin", "reseller", "mvno", "operator.ru")) {
			assertThat(passwords.matches(username, logins.loadUserByUsername(username).getPassword())).as(username)
				.isTrue();
		}
		assertThat(agents.findByUsername("manager").orElseThrow().roles()).containsExactlyInAnyOrder(Role.AGENT,
				Role.MANAGER);
		assertThat(agents.findByUsername("reseller").orElseThrow().partnerId())
			.isEqualTo(partners.findByCode("BLUEWAVE").orElseThrow().id());
		assertThat(agents.findByUsername("operator.ru").orElseThrow().language()).isEqualTo("ru");
		assertThat(agents.count()).isGreaterThanOrEqualTo(25);
	}

	@Test
	void theThreeWellKnownCustomersAreThere() {
		CustomerHeader jane = customer("100001");
		CustomerHeader romashka = customer("100002");
		CustomerHeader carlos = customer("100003");

		assertThat(jane.displayName()).contains("Jane").contains("Doe");
		assertThat(jane.partnerId()).isEqualTo(partners.findByCode("NIMBUS").orElseThrow().id());
		assertThat(customerApi.flashNotes(jane.id())).hasSize(1);
		assertThat(customerApi.accounts(jane.id())).singleElement()
			.satisfies(a -> assertThat(a.accountNumber()).isEqualTo("1000001"));
		assertThat(ids(search.byEmail("jane.doe@example.com", PartnerScope.EVERYONE))).containsExactly(jane.id());
		assertThat(ids(search.byContactPhone(Set.of(new Msisdn("+12025550143")), PartnerScope.EVERYONE)))
			.containsExactly(jane.id());

		assertThat(romashka.displayName()).isEqualTo("ООО «Ромашка»");
		assertThat(ids(search.byTaxId("7709123453", PartnerScope.EVERYONE))).containsExactly(romashka.id());
		assertThat(ids(search.byContractNumber("Д-2024-0001", PartnerScope.EVERYONE))).containsExactly(romashka.id());

		assertThat(carlos.displayName()).contains("Carlos").contains("Mendes");
		assertThat(carlos.partnerId()).isEqualTo(partners.findByCode("BLUEWAVE").orElseThrow().id());
	}

	@Test
	void theWellKnownCustomersCarePinsAreStoredHashedAndMatch(@Autowired CarePinApi carePins,
			@Autowired JdbcClient jdbc) {
		CustomerHeader jane = customer("100001");

		assertThat(carePins.status(jane.id()).set()).isTrue();
		assertThat(jdbc.sql("select pin_hash from customer_care_pin where customer_id = ?").param(jane.id())
			.query(String.class).single()).doesNotContain("2468");
		assertThat(carePins.check(jane.id(), "2468", Actor.SYSTEM).matched()).isTrue();
		assertThat(carePins.status(customer("100002").id()).set()).isTrue();
		assertThat(carePins.status(customer("100003").id()).set()).isTrue();
		assertThat(customerApi.relatedParties(jane.id())).extracting(RelatedPartyView::name).containsExactly("John A. Doe");
		assertThat(partners.rule(partners.findByCode("NIMBUS").orElseThrow().id(), PartnerRule.SECRET_VERIFICATION_PIN_PUK))
			.contains("PIN");
		assertThat(partners.rule(partners.findByCode("BLUEWAVE").orElseThrow().id(),
				PartnerRule.SECRET_VERIFICATION_PIN_PUK)).as("the default").contains("PIN_OR_DOB_ID");
	}

	/** Other tests share this database and add customers of their own; the demo's are 100001 to 100303. */
	@Test
	void theGeneratedCustomersHaveAboutOneAndAHalfLinesEach(@Autowired LineApi lineApi) {
		assertThat(customers.count()).isGreaterThanOrEqualTo(303);
		long demoLines = 0;
		for (int number = 100001; number <= 100303; number++) {
			demoLines += lineApi.linesOf(customer(String.valueOf(number)).id()).size();
		}
		assertThat(demoLines / 303.0).isBetween(1.3, 1.7);
		assertThat(search.byCustomerNumber("100004", PartnerScope.EVERYONE)).hasSize(1);
		assertThat(search.byCustomerNumber("100303", PartnerScope.EVERYONE)).hasSize(1);
		assertThat(search.byCustomerNumber("100304", PartnerScope.EVERYONE)).isEmpty();
	}

	@Test
	void startingTheGeneratorAgainDuplicatesNothing() {
		long customersBefore = customers.count();
		long linesBefore = lines.count();
		long agentsBefore = agents.count();
		int partnersBefore = partners.all().size();

		assertThat(demoOperator.generateIfEmpty()).isEmpty();
		// As a second node does when it checked before the first committed: the guard stops it.
		assertThat(demoOperator.generate()).isEmpty();

		assertThat(customers.count()).isEqualTo(customersBefore);
		assertThat(lines.count()).isEqualTo(linesBefore);
		assertThat(agents.count()).isEqualTo(agentsBefore);
		assertThat(partners.all()).hasSize(partnersBefore);
	}

	private CustomerHeader customer(String number) {
		return customerApi.get(number, PartnerScope.EVERYONE);
	}

	private static List<java.util.UUID> ids(List<CustomerMatch> matches) {
		return matches.stream().map(CustomerMatch::customerId).distinct().toList();
	}
}
