package io.switchboard.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.shared.Actor;
import io.switchboard.support.Callers;
import io.switchboard.support.Callers.Called;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setting the care PIN from the profile panel: for the customer verified on the agent's call, or by a
 * manager; never for an unverified caller or someone who does not speak for the customer. Never shown.
 */
@SwitchboardApplicationTest
class CarePinPagesTests {

	static final LocalDate BORN = LocalDate.of(1975, 10, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	InteractionApi interactions;

	@Autowired
	CarePinApi carePins;

	@Autowired
	AuditApi audit;

	Callers callers;

	Actor agent;

	@BeforeEach
	void setUp(@Autowired CustomerImport customers, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) {
		callers = new Callers(customers, interactions, transactions, users);
		agent = callers.actor("agent");
	}

	MvcTestResult setPin(String login, Called customer, String pin, String repeat) {
		return mvc.post().uri("/customers/" + customer.number() + "/care-pin").header("HX-Request", "true")
			.with(logins.as(login)).with(csrf()).param("pin", pin).param("repeat", repeat).exchange();
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aCustomerVerifiedOnTheCallGetsANewPinThatIsNeverShownAndVerifiesTheNextCall() throws Exception {
		Called ann = callers.aPerson("Ann", "Pinless", "agent").bornOn(BORN).withPassport("700011112").create();
		InteractionView call = callers.callFrom(ann, agent);
		interactions.verifyByDetails(call.number(), BORN, "1112", agent);

		MvcTestResult saved = setPin("agent", ann, "6130", "6130");

		assertThat(saved).hasStatusOk().hasHeader("HX-Trigger", "audit-changed").bodyText().doesNotContain("6130");
		assertThat(html(saved).selectFirst("#care-pin-state").text()).startsWith("On file since");
		assertThat(html(saved).selectFirst("#care-pin-notice").text()).isEqualTo("The care PIN is saved.");
		assertThat(audit.forCustomer(ann.id(), 10)).extracting(AuditEntryView::action).contains("CARE_PIN_SET");
		interactions.wrapUp(call.number(), new InteractionApi.WrapUp("PIN", "RESOLVED", null),
				interactions.get(call.number(), agent.scope()).version(), agent);
		InteractionView next = callers.callFrom(ann, agent);
		assertThat(interactions.verifyByPin(next.number(), "6130", agent).verified()).isTrue();
	}

	@Test
	void anUnverifiedCallerOrOneWhoDoesNotSpeakForTheCustomerGetsNoNewPin() throws Exception {
		Called mia = callers.aPerson("Mia", "Caller", "agent").withCarePin("4826").withAuthorisedUser("Sam Caller")
			.create();
		Document noCall = html(setPin("agent", mia, "1357", "1357"));
		assertThat(noCall.selectFirst("#care-pin-error").text()).startsWith("Verify the caller first");

		InteractionView sam = callers.callFrom(mia, "Sam Caller", agent);
		interactions.verifyByPin(sam.number(), "4826", agent);
		MvcTestResult authorisedUser = setPin("agent", mia, "1357", "1357");

		assertThat(authorisedUser).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(authorisedUser).selectFirst("#care-pin-error").text()).startsWith("Verify the caller first");
		assertThat(carePins.check(mia.id(), "4826", agent).matched()).as("the PIN did not change").isTrue();
	}

	@Test
	void aManagerSetsThePinWithoutACallAndTwoDifferentPinsAreRefusedNextToTheField() throws Exception {
		Called mia = callers.aPerson("Mia", "Caller", "manager").create();

		Document mismatch = html(setPin("manager", mia, "2580", "2590"));
		Document tooShort = html(setPin("manager", mia, "25", "25"));
		MvcTestResult saved = setPin("manager", mia, "2580", "2580");

		assertThat(mismatch.selectFirst("#care-pin-repeat-error").text()).isEqualTo("The two PINs are not the same.");
		assertThat(tooShort.selectFirst("#care-pin-error").text()).isEqualTo("A care PIN is 4 to 8 digits.");
		assertThat(saved).hasStatusOk();
		assertThat(carePins.status(mia.id()).set()).isTrue();
	}

	@Test
	void theProfilePanelSaysWhetherThereIsAPinInRussianToo() throws Exception {
		Called withPin = callers.aPerson("Mia", "Caller", "operator.ru").withCarePin("4826").create();
		Called without = callers.aPerson("Ann", "Pinless", "operator.ru").create();

		Document set = html(mvc.get().uri("/customers/" + withPin.number() + "/panels/profile")
			.header("HX-Request", "true").with(logins.as("operator.ru")).exchange());
		Document none = html(mvc.get().uri("/customers/" + without.number() + "/panels/profile")
			.header("HX-Request", "true").with(logins.as("operator.ru")).exchange());

		assertThat(set.selectFirst("#care-pin-state").text()).startsWith("Задан ");
		assertThat(set.selectFirst("#care-pin-change").text()).isEqualTo("Изменить");
		assertThat(none.selectFirst("#care-pin-state").text()).isEqualTo("Не задан");
		assertThat(set.html()).doesNotContain("4826");
	}
}
