package io.switchboard.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
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
 * The interaction bar's Start call (asking who is calling) and the verify panel, as the desk's htmx asks for
 * them and without JavaScript, in English and Russian: answers next to their field, the PIN never shown back.
 */
@SwitchboardApplicationTest
class CallerPagesTests {

	static final LocalDate BORN = LocalDate.of(1984, 2, 29);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	InteractionApi interactions;

	Callers callers;

	@BeforeEach
	void setUp(@Autowired CustomerImport customers, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) {
		callers = new Callers(customers, interactions, transactions, users);
	}

	Called mia(String login) {
		return callers.aPerson("Mia", "Caller", login).bornOn(BORN).withPassport("512345678").withCarePin("4826")
			.withAuthorisedUser("Sam Caller").create();
	}

	MvcTestResult htmxGet(String login, String uri) {
		return mvc.get().uri(uri).header("HX-Request", "true").with(logins.as(login)).exchange();
	}

	MvcTestResult htmxPost(String login, String uri, String... params) {
		var request = mvc.post().uri(uri).header("HX-Request", "true").with(logins.as(login)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void startCallAsksWhoIsCallingAndTheBarSaysWhoAndThatTheyAreNotVerifiedYet() throws Exception {
		Called mia = mia("agent");
		Document idle = html(htmxGet("agent", "/customers/" + mia.number() + "/interaction"));
		assertThat(idle.select("#interaction-caller-choice option")).extracting(o -> o.text())
			.containsExactly("Mia Caller (customer)", "Sam Caller (Authorised user)");

		MvcTestResult started = htmxPost("agent", "/customers/" + mia.number() + "/interactions", "kind", "call",
				"caller", mia.party("Sam Caller").toString());

		assertThat(started).hasStatusOk().hasHeader("HX-Trigger", "interactions-changed");
		Document bar = html(started);
		assertThat(bar.selectFirst("#interaction-open").text()).isEqualTo("Call in progress");
		assertThat(bar.selectFirst("#caller-name").text()).isEqualTo("Sam Caller");
		assertThat(bar.selectFirst("#caller-role").text()).isEqualTo("Authorised user");
		assertThat(bar.selectFirst("#caller-verification").text()).isEqualTo("Not verified");
		assertThat(bar.selectFirst("#verify-caller").attr("hx-get"))
			.isEqualTo("/interactions/" + interactions.openWith(mia.number(), callers.actor("agent")).orElseThrow().number()
					+ "/verify");
	}

	@Test
	void aWrongPinComesBackNextToItsFieldWithTheTriesLeftAndIsNeverShownBack() throws Exception {
		Called mia = mia("agent");
		InteractionView call = callers.callFrom(mia, callers.actor("agent"));

		Document panel = html(htmxGet("agent", "/interactions/" + call.number() + "/verify"));
		MvcTestResult wrong = htmxPost("agent", "/interactions/" + call.number() + "/verify/pin", "pin", "9371");

		assertThat(panel.selectFirst("#verify-pin-tries").text()).isEqualTo("Wrong tries on this call: 0 of 3");
		assertThat(wrong).hasStatusOk().bodyText().doesNotContain("9371");
		Document form = html(wrong);
		assertThat(form.selectFirst("#verify-pin").hasClass("is-invalid")).isTrue();
		assertThat(form.selectFirst("#verify-pin-error").text()).isEqualTo("Wrong PIN. Tries left on this call: 2.");
		assertThat(form.selectFirst("#verify-pin-tries").text()).isEqualTo("Wrong tries on this call: 1 of 3");
		assertThat(form.selectFirst("#verify-pin").val()).isEmpty();

		MvcTestResult badFormat = htmxPost("agent", "/interactions/" + call.number() + "/verify/pin", "pin", "12ab");
		assertThat(html(badFormat).selectFirst("#verify-pin-error").text()).isEqualTo("A care PIN is 4 to 8 digits.");
		assertThat(interactions.get(call.number(), callers.actor("agent").scope()).verification().pinFailures())
			.as("a PIN that is not one is not a try").isEqualTo(1);
	}

	@Test
	void theRightPinBringsTheBarBackSayingTheCallerIsVerified() throws Exception {
		Called mia = mia("agent");
		InteractionView call = callers.callFrom(mia, callers.actor("agent"));

		MvcTestResult right = htmxPost("agent", "/interactions/" + call.number() + "/verify/pin", "pin", "4826");

		assertThat(right).hasStatusOk().hasHeader("HX-Trigger", "interactions-changed");
		Document bar = html(right);
		assertThat(bar.selectFirst("#caller-verification").text()).isEqualTo("Verified: care PIN");
		assertThat(bar.selectFirst("#interaction-notice").text()).isEqualTo("Mia Caller is verified: care PIN.");
		assertThat(bar.selectFirst("#verify-caller")).as("nothing stronger to verify by").isNull();
	}

	@Test
	void wrongDetailsAndMissingOnesComeBackNextToTheirFieldsInRussian() throws Exception {
		Called mia = mia("operator.ru");
		InteractionView call = callers.callFrom(mia, callers.actor("operator.ru"));
		String uri = "/interactions/" + call.number() + "/verify/details";

		Document missing = html(htmxPost("operator.ru", uri, "dateOfBirth", "", "last4", "12"));
		Document wrong = html(htmxPost("operator.ru", uri, "dateOfBirth", "1984-03-01", "last4", "5678"));

		assertThat(missing.selectFirst("#verify-dob-error").text()).isEqualTo("Введите дату рождения звонящего.");
		assertThat(missing.selectFirst("#verify-last4-error").text()).isEqualTo("Нужно ровно 4 цифры.");
		assertThat(wrong.selectFirst("#verify-dob-error").text())
			.isEqualTo("Дата рождения и цифры документа не совпадают с данными клиента. Осталось попыток в этом звонке: 2.");
		assertThat(wrong.selectFirst("#verify-pin-submit").text()).isEqualTo("Проверить PIN-код");
	}

	@Test
	void anAuthorisedUserWithoutDetailsIsOfferedOnlyThePin() throws Exception {
		Called mia = mia("agent");
		InteractionView call = callers.callFrom(mia, "Sam Caller", callers.actor("agent"));

		Document panel = html(htmxGet("agent", "/interactions/" + call.number() + "/verify"));

		assertThat(panel.selectFirst("#verify-details-form")).isNull();
		assertThat(panel.selectFirst("#verify-details-none").text()).startsWith("There is no date of birth");
		assertThat(panel.selectFirst("#verify-pin-form")).isNotNull();
		assertThat(panel.selectFirst("#caller-change option[selected]").text()).isEqualTo("Sam Caller (Authorised user)");
	}

	@Test
	void withoutJavaScriptTheVerifyPageGoesBackToWhereTheAgentCameFromButNeverToAnotherSite() {
		Called mia = mia("agent");
		InteractionView call = callers.callFrom(mia, callers.actor("agent"));
		String uri = "/interactions/" + call.number() + "/verify/details";

		MvcTestResult elsewhere = mvc.post().uri(uri).with(logins.as("agent")).with(csrf())
			.param("dateOfBirth", BORN.toString()).param("last4", "5678").param("back", "//evil.example/x").exchange();
		assertThat(elsewhere).hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + mia.number());

		Called sam = mia("agent");
		InteractionView second = callers.callFrom(sam, callers.actor("agent"));
		MvcTestResult back = mvc.post().uri("/interactions/" + second.number() + "/verify/pin")
			.with(logins.as("agent")).with(csrf()).param("pin", "4826").param("back", "/lines/abc").exchange();
		assertThat(back).hasStatus3xxRedirection().hasRedirectedUrl("/lines/abc");

		MvcTestResult page = mvc.get().uri("/interactions/" + second.number() + "/verify").with(logins.as("agent"))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html").contains("id=\"verify-panel\"");
	}

	@Test
	void anotherAgentCannotVerifyTheCallerOfSomeoneElsesCall() {
		Called mia = mia("agent");
		InteractionView call = callers.callFrom(mia, callers.actor("agent"));

		assertThat(htmxPost("manager", "/interactions/" + call.number() + "/verify/pin", "pin", "4826"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(interactions.get(call.number(), callers.actor("agent").scope()).verification().verified()).isFalse();
	}

	@Test
	void theInteractionsPageAndTabShowTheCallerHowTheyWereVerifiedAndWhatWasReadOut() throws Exception {
		Called mia = mia("agent");
		InteractionView call = callers.verifiedCall(mia, callers.actor("agent"));

		Document page = html(mvc.get().uri("/interactions/" + call.number()).with(logins.as("agent")).exchange());
		Document tab = html(htmxGet("agent", "/customers/" + mia.number() + "/interactions"));

		assertThat(page.selectFirst("#interaction-caller").text()).isEqualTo("Mia Caller customer");
		assertThat(page.selectFirst("#interaction-verification").text()).startsWith("Verified: care PIN")
			.contains("Alex Morgan");
		assertThat(page.selectFirst("#interaction-reveals").text()).isEqualTo("None");
		assertThat(tab.selectFirst("#interactions tr[data-number=" + call.number() + "] .sb-interaction-caller").text())
			.isEqualTo("Mia Caller customer Verified: care PIN");
	}
}
