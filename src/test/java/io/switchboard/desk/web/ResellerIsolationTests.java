package io.switchboard.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.TestLogins;
import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A reseller's agent sees only the reseller's customers: other partners' customers cannot be found by
 * any identifier, nor opened by any URL (404, as if they did not exist).
 */
@SwitchboardApplicationTest
class ResellerIsolationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@ParameterizedTest
	@ValueSource(strings = { "Jane Doe", "Doe", "(202) 555-0143", "2025550143", "100001", "1000001", "356938035643809",
			"89014103211118510720", "jane.doe@example.com", "Ромашка", "+7 916 123-45-67", "100002", "Д-2024-0001",
			"7709123453" })
	void theResellerCannotFindOtherPartnersCustomers(String q) {
		// the query itself is echoed on the page, so look for the customers' links, not their names
		var result = mvc.get().uri("/search").param("q", q).with(agents.as("reseller")).exchange();
		assertThat(result).hasStatusOk().bodyText().doesNotContain("href=\"/customers/100001\"")
			.doesNotContain("href=\"/customers/100002\"").doesNotContain("href=\"/customers/100001?")
			.doesNotContain("href=\"/customers/100002?").doesNotContain("Jane Q. Doe");
		var suggest = mvc.get().uri("/search/suggest").param("q", q).with(agents.as("reseller")).exchange();
		assertThat(suggest).hasStatusOk().bodyText().doesNotContain("/customers/100001")
			.doesNotContain("/customers/100002").doesNotContain("Jane Q. Doe");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/customers/100001", "/customers/100002", "/customers/100001/panels/profile",
			"/customers/100001/panels/accounts", "/customers/100001/panels/lines", "/customers/100001/panels/important",
			"/customers/100001/panels/activity", "/customers/100002/profile/edit", "/customers/100002/flash/new" })
	void otherPartnersCustomersAreNotFoundByUrl(String url) {
		assertThat(mvc.get().uri(url).with(agents.as("reseller")).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theNotFoundPageSaysSoWithTheAgentsPartnerStillShown() {
		assertThat(mvc.get().uri("/customers/100001").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText()
			.contains("Not found").contains("Customer 100001 not found.").contains("Bluewave Wireless")
			.doesNotContain("Jane");
	}

	@Test
	void theResellerCannotChangeOtherPartnersCustomers() {
		assertThat(mvc.post().uri("/customers/100001/flash").param("body", "x").param("severity", "INFO")
			.with(agents.as("reseller")).with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Carlos Mendes", "+1 305 555 0199", "3055550199", "100003" })
	void theResellerFindsItsOwnCustomer(String q) {
		var result = mvc.get().uri("/search").param("q", q).with(agents.as("reseller")).exchange();
		if (result.getResponse().getStatus() == 302) {
			assertThat(result).hasRedirectedUrl("/customers/100003");
		}
		else {
			assertThat(result).hasStatusOk().bodyText().contains("Carlos Mendes");
		}
		assertThat(mvc.get().uri("/customers/100003").with(agents.as("reseller")).exchange()).hasStatusOk();
	}

	@Test
	void operatorStaffSeeEveryone() {
		assertThat(mvc.get().uri("/customers/100003").with(agents.as("agent")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/customers/100001").with(agents.as("agent")).exchange()).hasStatusOk();
	}
}
