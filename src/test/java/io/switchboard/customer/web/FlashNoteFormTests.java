package io.switchboard.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionTestData;
import io.switchboard.shared.PartnerScope;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** A FLASH note form with a value that does not convert comes back with the message on its field. */
@SwitchboardApplicationTest
class FlashNoteFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	CustomerImport imports;

	@Autowired
	CustomerApi customers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	String number;

	UUID customerId;

	@BeforeEach
	void aCustomerOfOurOwn() {
		number = new InteractionTestData(imports, transactions, users).customerOf("agent");
		customerId = customers.get(number, PartnerScope.EVERYONE).id();
	}

	@Test
	void aSeverityThatIsNoSeverityIsToldNextToItAndNoNoteIsAdded() throws Exception {
		var result = mvc.post().uri("/customers/{n}/flash", number).with(agents.as("agent")).with(csrf())
			.header("HX-Request", "true")
			.param("body", "Calls about the roaming bill")
			.param("severity", "+")
			.exchange();
		var form = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(result.getResponse().getStatus()).isLessThan(500);
		assertThat(form.select("#flash-severity ~ .invalid-feedback").text()).isEqualTo("This value is not valid.");
		assertThat(form.select("#flash-body").text()).as("what was typed stays").isEqualTo("Calls about the roaming bill");
		assertThat(customers.flashNotes(customerId)).isEmpty();
	}
}
