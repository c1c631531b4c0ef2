package io.switchboard.line.web;

import static io.switchboard.line.TestAgents.as;
import static io.switchboard.line.TestAgents.operatorAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.audit.AuditApi.Change;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.audit.web.AuditFormat;
import io.switchboard.line.FeatureAction;
import io.switchboard.line.OperationStatus;
import io.switchboard.customer.RequiredVerification;
import io.switchboard.customer.RevealRefused;
import io.switchboard.customer.SecretKind;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.line.domain.LineSecret;
import io.switchboard.line.domain.LineView;
import io.switchboard.line.domain.RevealedSecret;
import io.switchboard.support.DeskSlice;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The line page as the agent reads it, and its audited reveals, with the line module's service mocked. */
@WebMvcTest(controllers = { LinePageController.class, LineUserController.class })
@DeskSlice
@Import({ AuditFormat.class, LineWebTestClock.class })
class LinePageTests {

	static final String PAGE = "/lines/" + LineViews.LINE_ID;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	LineDetails details;

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void thePageShowsTheLineAtAGlance() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		MvcTestResult result = mvc.get().uri(PAGE).with(as(operatorAgent())).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.title()).isEqualTo("+1 202-555-0143 · Jane Q. Doe");
		assertThat(page.selectFirst("#line-number").text()).isEqualTo("+1 202-555-0143");
		assertThat(page.selectFirst("#line-status").text()).isEqualTo("Suspended");
		assertThat(page.selectFirst("#line-status-detail").text()).contains("since Nov 20, 2026").contains("Lost phone");
		assertThat(page.selectFirst("#line-customer").attr("href")).isEqualTo("/customers/100001");
		assertThat(page.selectFirst("#line-customer").text()).isEqualTo("Jane Q. Doe 100001");
		assertThat(page.selectFirst("#line-account").text()).isEqualTo("1000001");
		assertThat(page.selectFirst("#line-contract").text()).isEqualTo("C-2024-000017");
		assertThat(page.selectFirst("#line-service").text()).contains("T-Mobile").contains("Mar 15, 2024")
			.contains("$31.40").contains("jane.doe");
		assertThat(page.selectFirst("#line-forwarding").text()).contains("+1 202-555-0100").contains("On");
		assertThat(page.selectFirst("#line-plan-name").text()).isEqualTo("Unlimited Talk & Text");
		assertThat(page.selectFirst("#line-plan-technical").text()).isEqualTo("UNL_TT_5G");
		assertThat(page.select("#line-plan-history tbody tr")).hasSize(2);
		assertThat(page.selectFirst("#line-feature-list").text()).contains("Voicemail").contains("Active")
			.contains("Roaming Europe").contains("Failed");
		assertThat(page.selectFirst("#line-feature-history").text()).contains("ROAM-EU").contains("Added")
			.contains("Failed").contains("Boris Agent");
		assertThat(page.selectFirst("#line-iccid").text()).isEqualTo("89014103211118510720");
		assertThat(page.selectFirst("#line-sim").text()).contains("310150123456789").contains("HLR-NYC-02");
		assertThat(page.selectFirst("#line-device-model").text()).isEqualTo("Apple iPhone 15");
		assertThat(page.selectFirst("#line-equipment-id").text()).isEqualTo("356938035643809");
		assertThat(page.selectFirst("#line-user-values").text()).contains("Tom Doe").contains("+1 202-555-0177")
			.contains("tom@example.org");
	}

	@Test
	void planAndFeatureHistoriesNameThePeopleNotTheirLogins() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aLine()
			.withPlanHistory(new LineView.PlanChange("UNL-TALK", "Unlimited Talk & Text", "UNL_TT_5G",
					LineViews.PLAN_CHANGED, null, "anna.agent", "Anna Agent"),
					new LineView.PlanChange("START-10", "Starter 10", "ST10_PP", LineViews.ACTIVATED,
							LineViews.PLAN_CHANGED, "self-service", null))
			.withFeatureHistory(new LineView.FeatureEvent("ROAM-EU", "Roaming Europe", FeatureAction.ADD,
					OperationStatus.FAILED, Instant.parse("2026-11-02T10:00:00Z"), "boris.agent", "Boris Agent"),
					new LineView.FeatureEvent("VM", "Voicemail", FeatureAction.ADD, OperationStatus.COMPLETED,
							LineViews.ACTIVATED, "someone.who.left", null))
			.build());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.select("#line-plan-history tbody tr td:nth-child(4)").eachText()).containsExactly("Anna Agent",
				"Self-service (the customer)");
		assertThat(page.select("#line-feature-history tbody tr td:nth-child(5)").eachText())
			.containsExactly("Boris Agent", "someone.who.left");
		assertThat(page.select("#line-plan, #line-features").text()).doesNotContain("anna.agent")
			.doesNotContain("boris.agent");
	}

	@Test
	void secretsAreMaskedEachWithItsOwnShowButtonThatWorksWithAndWithoutJavaScript() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		for (String secret : List.of("pin1", "puk1", "pin2", "puk2", "password")) {
			Element row = page.selectFirst("#secret-" + secret);
			assertThat(row.selectFirst(".sb-secret").text()).isEqualTo("••••");
			Element form = row.selectFirst("form");
			assertThat(form.attr("method")).isEqualTo("post");
			assertThat(form.attr("action")).isEqualTo(PAGE + "/secrets/" + secret);
			assertThat(form.attr("hx-post")).isEqualTo(PAGE + "/secrets/" + secret);
			assertThat(form.attr("hx-target")).isEqualTo("#secret-" + secret);
			assertThat(form.select("input[name=_csrf]")).hasSize(1);
		}
	}

	@Test
	void aCodeThatIsNotOnFileOffersNothingToShow() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any()))
			.willReturn(LineViews.aLine().withSimCodes(LineSecret.PIN1).build());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.select("#show-pin1")).hasSize(1);
		assertThat(page.select("#show-puk1")).isEmpty();
		assertThat(page.selectFirst("#secret-puk1").text()).isEqualTo("Not set");
	}

	@Test
	void backOfficeLinksOpenInANewTabWithoutTheOpener() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.select("#line-backoffices a")).extracting(e -> e.text()).containsExactly("MNP", "Telinfo");
		for (Element link : page.select("#line-backoffices a, #device-telinfo")) {
			assertThat(link.attr("target")).isEqualTo("_blank");
			assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		}
		assertThat(page.selectFirst("#backoffice-MNP").attr("href"))
			.isEqualTo("https://mnp.example.net/port?msisdn=12025550143");
		assertThat(page.selectFirst("#device-telinfo").attr("href"))
			.isEqualTo("https://telinfo.example.net/devices/356938035643809");
	}

	@Test
	void backOfficesWithoutATemplateAreNotShownAtAll() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aLine().withSimCodes().withoutBackOfficeLinks().build());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.select("#line-backoffices")).isEmpty();
		assertThat(page.select("#device-telinfo")).isEmpty();
	}

	@Test
	void panelsLoadThemselvesAndTheActivityReloadsAfterEveryAuditedAction() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.selectFirst("#line-balances").attr("hx-get")).isEqualTo(PAGE + "/balances");
		assertThat(page.selectFirst("#line-balances").attr("hx-trigger")).isEqualTo("load");
		assertThat(page.selectFirst("#line-activity").attr("hx-get")).isEqualTo(PAGE + "/activity");
		assertThat(page.selectFirst("#line-activity").attr("hx-trigger")).isEqualTo("load, audit-changed from:body");
	}

	@Test
	void thePageSpeaksRussianToARussianAgent() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		MvcTestResult result = mvc.get().uri(PAGE).with(as(operatorAgent(), "ru", "Europe/Moscow")).exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Анкета пользователя")
			.contains("Подключённые услуги (SOC)")
			.contains("PUK1-код")
			.contains("Заблокирована")
			.contains("Номер договора");
	}

	@Test
	void aLineTheAgentMayNotSeeIsNotFound() {
		given(details.view(eq(LineViews.LINE_ID), any())).willThrow(new NotFoundException("LINE_NOT_FOUND"));

		assertThat(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange()).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText().contains("Line not found.");
	}

	@Test
	void anAddressThatIsNotALineIdIsNotFoundRatherThanAnError() {
		for (String uri : List.of("/lines/not-a-uuid", "/lines/123/activity", "/lines/0193a1b2/user/edit")) {
			assertThat(mvc.get().uri(uri).with(as(operatorAgent())).exchange()).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(mvc.post().uri("/lines/{id}/secrets/pin1", "zzz-not-a-line").with(as(operatorAgent())).with(csrf()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void revealingWithHtmxSwapsInTheValueAndTellsTheActivityToReload() {
		given(details.reveal(eq(LineViews.LINE_ID), eq(LineSecret.PUK1), any()))
			.willReturn(new RevealedSecret(LineSecret.PUK1, "12345678"));

		MvcTestResult result = mvc.post().uri(PAGE + "/secrets/puk1").header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(result).hasStatusOk().hasHeader("HX-Trigger", "audit-changed").bodyText()
			.contains("id=\"secret-value-puk1\"").contains("12345678").doesNotContain("<html");
		verify(details).reveal(eq(LineViews.LINE_ID), eq(LineSecret.PUK1), eq(operatorAgent()));
	}

	@Test
	void revealingWithoutJavaScriptShowsThePageWithThatOneValue() throws Exception {
		given(details.reveal(eq(LineViews.LINE_ID), eq(LineSecret.PIN2), any()))
			.willReturn(new RevealedSecret(LineSecret.PIN2, "5678"));
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		MvcTestResult result = mvc.post().uri(PAGE + "/secrets/pin2").with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.selectFirst("#secret-value-pin2").text()).isEqualTo("5678");
		assertThat(page.selectFirst("#secret-pin1 .sb-secret").text()).isEqualTo("••••");
		assertThat(page.select("#show-pin2")).isEmpty();
	}

	@Test
	void aCodeTheCallerIsNotVerifiedForStaysMaskedAndThePageOffersToVerifyTheCaller() throws Exception {
		given(details.reveal(eq(LineViews.LINE_ID), eq(LineSecret.PUK1), any())).willThrow(new RevealRefused(
				"REVEAL_NEEDS_PIN", SecretKind.PIN_PUK, RequiredVerification.PIN, "I-000042", "100001"));

		MvcTestResult result = mvc.post().uri(PAGE + "/secrets/puk1").header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).doesNotContainHeader("HX-Trigger");
		Document answer = html(result);
		assertThat(answer.selectFirst(".sb-secret").text()).isEqualTo("••••");
		assertThat(answer.selectFirst("#show-puk1")).isNotNull();
		assertThat(answer.selectFirst(".sb-reveal-reason").text())
			.isEqualTo("The caller was verified by date of birth and document, but reading this out needs the care PIN.");
		assertThat(answer.selectFirst(".sb-reveal-verify").attr("hx-get")).isEqualTo("/interactions/I-000042/verify");
		assertThat(answer.selectFirst(".sb-reveal-verify").attr("hx-target")).isEqualTo("#interaction-bar");
	}

	@Test
	void theLinePageCarriesTheInteractionBarOfItsCustomer() throws Exception {
		given(details.view(eq(LineViews.LINE_ID), any())).willReturn(LineViews.aSuspendedLine());

		Document page = html(mvc.get().uri(PAGE).with(as(operatorAgent())).exchange());

		assertThat(page.selectFirst("#interaction-bar").attr("hx-get")).isEqualTo("/customers/100001/interaction");
		assertThat(page.selectFirst("#interaction-bar").attr("hx-trigger")).contains("interactions-changed from:body");
	}

	@Test
	void aSecretThatLinesDoNotHaveIsNotFoundAndNothingIsRevealed() {
		assertThat(mvc.post().uri(PAGE + "/secrets/pin3").header("HX-Request", "true").with(as(operatorAgent()))
			.with(csrf()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		verify(details, never()).reveal(any(), any(), any());
	}

	@Test
	void aRevealWithoutTheCsrfTokenIsRefused() {
		assertThat(mvc.post().uri(PAGE + "/secrets/pin1").with(as(operatorAgent())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(details, never()).reveal(any(), any(), any());
	}

	@Test
	void theActivityPanelSaysWhoDidWhatAndWhenInWords() throws Exception {
		given(details.activity(eq(LineViews.LINE_ID), any())).willReturn(List.of(
				new AuditEntryView(UUID.randomUUID(), Instant.parse("2026-11-22T09:30:00Z"), "anna.agent", "Anna Agent",
						"LINE_SECRET_REVEALED", "LINE", LineViews.LINE_ID.toString(),
						List.of(new Change("secret", "PUK1", null), new Change("iccid", "89014103211118510720", null))),
				new AuditEntryView(UUID.randomUUID(), Instant.parse("2026-11-21T09:30:00Z"), "boris.agent",
						"Boris Agent", "LINE_QUESTIONNAIRE_CHANGED", "LINE", LineViews.LINE_ID.toString(),
						List.of(new Change("userFullName", "Tom", "Tom Doe"), new Change("userPhone", null, "+12025550177")))));

		MvcTestResult result = mvc.get().uri(PAGE + "/activity").header("HX-Request", "true")
			.with(as(operatorAgent())).exchange();

		assertThat(result).hasStatusOk();
		Document panel = html(result);
		List<String> items = panel.select("#line-activity-list > li").eachText();
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).contains("Viewed a secret code").contains("by Anna Agent")
			.contains("Secret: PUK1").contains("89014103211118510720");
		assertThat(items.get(1)).contains("Changed the line user questionnaire").contains("Full name:")
			.contains("Tom Doe").contains("Contact phone: +1 202-555-0177");
	}

	@Test
	void theActivityOfALineTheAgentMayNotSeeIsNotFound() {
		given(details.activity(eq(LineViews.LINE_ID), eq(PartnerScope.EVERYONE)))
			.willThrow(new NotFoundException("LINE_NOT_FOUND"));

		assertThat(mvc.get().uri(PAGE + "/activity").with(as(operatorAgent())).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Line not found.");
	}
}
