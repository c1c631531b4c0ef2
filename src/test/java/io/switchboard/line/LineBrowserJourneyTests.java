package io.switchboard.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import io.switchboard.agent.AgentApi;
import io.switchboard.support.BrowserJourney;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.agent.Role;
import io.switchboard.balance.BalanceImport;
import io.switchboard.balance.BalanceImport.NewAccumulator;
import io.switchboard.balance.BalanceImport.NewAdditional;
import io.switchboard.balance.BalanceImport.NewBucket;
import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.balance.BucketType;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.line.LineTestData.Holder;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent's way through the line page in Debian's Chromium (Playwright, never downloading a browser):
 * the page with its panels, the call started and its caller verified from the bar in the page's header, a
 * PUK read out, the OCS's live view, the questionnaire edited in place, and the page in Russian. Screenshots land in {@code target/screenshots/LineBrowserJourneyTests/}.
 * Skipped with a warning without Chromium, unless {@code switchboard.browser.required=true}.
 */
class LineBrowserJourneyTests extends BrowserJourney {

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();
	final List<String> failedLineRequests = new CopyOnWriteArrayList<>();

	String username;
	UUID line;

	@BeforeEach
	void anAgentAndJanesLine(@Autowired PartnerApi partners, @Autowired CustomerImport customers,
			@Autowired CatalogApi catalog, @Autowired LineImport lines, @Autowired BalanceImport balances,
			@Autowired TransactionTemplate transactions, @Autowired AgentApi agents) throws Exception {
		LineTestData data = new LineTestData(partners, customers, catalog, lines, balances, transactions);
		PartnerView operator = data.partner(PartnerType.OPERATOR, null);
		partners.setRule(operator.id(), PartnerRule.BACKOFFICE_LINK_MNP, "https://mnp.example.net/port?msisdn={mdn}",
				"test");
		partners.setRule(operator.id(), PartnerRule.BACKOFFICE_LINK_CCBO,
				"https://ccbo.example.net/accounts/{accountNumber}", "test");
		partners.setRule(operator.id(), PartnerRule.BACKOFFICE_LINK_TELINFO,
				"https://telinfo.example.net/devices/{imei}", "test");
		username = "lt" + LineTestData.digits(8);
		agents.create(new NewAgent(Ids.next(), username, "Anna Agent", "journey-Pass-1", operator.id(),
				Set.of(Role.AGENT), "en", "America/New_York", Money.of("50.00", "USD")));
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		data.carePin(jane, "8642");
		var voicemail = data.feature("Voicemail");
		var roaming = data.feature("Roaming Europe");
		var before = data.plan("Starter 10", "ST10_PP");
		line = data.line(jane, data.plan("Unlimited Talk & Text", "UNL_TT_5G").code())
			.previousPlan(before.code())
			.feature(voicemail.code(), FeatureStatus.ACTIVE)
			.feature(roaming.code(), FeatureStatus.FAILED)
			.save();
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		Instant end = Instant.parse("2026-12-01T00:00:00Z");
		data.balances(new NewLineBalances(line, Money.of("12.50", "USD"), end,
				List.of(new NewAdditional(Ids.next(), "Top-up bonus", Money.of("5.00", "USD"), end)),
				List.of(new NewBucket(Ids.next(), BucketType.MINUTES, "MIN", null, 120, start, end, "PLAN"),
						new NewBucket(Ids.next(), BucketType.TEXTS, "SMS", 100L, 100, start, end, "PLAN"),
						new NewBucket(Ids.next(), BucketType.DATA, "MB", 10240L, 6963, start, end, "PLAN")),
				List.of(new NewAccumulator(Ids.next(), "Roaming data", new BigDecimal("150"), "MB", start, end)),
				Instant.parse("2026-11-20T10:00:00Z")));

		page.onConsoleMessage(m -> {
			// failed loads are judged below by their address: the desk's home page is not this module's
			if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
				consoleErrors.add(m.text());
			}
		});
		page.onResponse(r -> {
			if (r.status() >= 400 && r.url().contains("/lines/")) {
				failedLineRequests.add(r.status() + " " + r.url());
			}
		});
	}

	@Test
	void anAgentReadsTheLineRevealsAPukChecksTheOcsAndRecordsTheLineUser() {
		logIn(username, "journey-Pass-1");
		page.navigate("/lines/" + line);
		page.locator("#balance-main").waitFor();
		page.locator("#line-activity .sb-panel-header").waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#line-status").textContent()).isEqualTo("Active");
		assertThat(page.locator("[data-bucket=DATA] .sb-bucket-figure").textContent()).isEqualTo("3.2 GB left of 10 GB");
		screenshot("line-page");

		page.locator("#start-call").click();
		page.locator("#verify-caller").click();
		page.locator("#verify-pin").fill("8642");
		page.locator("#verify-pin-submit").click();
		page.locator("#caller-verification").getByText("Verified: care PIN").waitFor();
		page.locator("#show-puk1").click();
		page.locator("#secret-value-puk1").waitFor();
		assertThat(page.locator("#secret-value-puk1").textContent()).isEqualTo("12345678");
		page.locator("#line-activity-list").getByText("Viewed a secret code").waitFor();
		screenshot("puk-revealed");

		page.locator("#view-ocs").click();
		page.locator("#ocs-live").waitFor();
		assertThat(page.locator("#ocs-simulated").textContent()).isEqualTo("Simulated OCS");
		screenshot("ocs-live-view");

		page.locator("#edit-line-user").click();
		page.locator("#line-user-form").waitFor();
		page.locator("#fullName").fill("Tom Doe");
		page.locator("#phone").fill("555");
		page.locator("#save-line-user").click();
		page.locator("#phone + .invalid-feedback").waitFor();
		assertThat(page.locator("#phone + .invalid-feedback").textContent()).startsWith("Not a phone number in US");
		screenshot("questionnaire-error");
		page.locator("#phone").fill("(202) 555-0177");
		page.locator("#email").fill("tom@example.org");
		page.locator("#save-line-user").click();
		page.locator("#line-user-values").waitFor();
		assertThat(page.locator("#line-user-values").textContent()).contains("Tom Doe").contains("+1 202-555-0177");
		page.locator("#line-activity-list").getByText("Changed the line user questionnaire").waitFor();
		screenshot("questionnaire-saved");

		page.navigate("/lines/" + line + "?lang=ru");
		page.locator("#balance-main").waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#line-user .sb-panel-header h2").textContent()).contains("Анкета пользователя");
		screenshot("line-page-ru");

		assertThat(consoleErrors).as("no script or policy errors in the browser").isEmpty();
		assertThat(failedLineRequests).as("the line page and its panels answered").isEmpty();
	}
}
