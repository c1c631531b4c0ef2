package io.switchboard.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.support.BrowserJourney;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The agent's first call, in Chromium: log in, press / and search the caller's number as the caller
 * says it, read the 360 (plan, data left), start the call and verify the caller by the care PIN, open the
 * line, read out the PUK (and see the reveal in the activity), switch the desk to Russian. Screenshots of
 * each step in {@code target/screenshots/FirstCallJourneyTests/}.
 */
class FirstCallJourneyTests extends BrowserJourney {

	final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@Autowired
	InteractionApi interactions;

	@Autowired
	UserDetailsService users;

	/**
	 * The agent's language is remembered; the journey switches it, so it switches it back afterwards. The
	 * call it started with Jane is wrapped up, so other journeys find her without one.
	 */
	@AfterEach
	void backToEnglishWithNoCallOpen() {
		page.navigate("/?lang=en");
		Actor agent = ((ActorPrincipal) users.loadUserByUsername("agent")).actor();
		interactions.openWith("100001", agent).ifPresent(open -> interactions.wrapUp(open.number(),
				new InteractionApi.WrapUp("Test clean-up", "NO_ACTION", null), open.version(), agent));
	}

	@BeforeEach
	void watchTheBrowser() {
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				browserErrors.add(m.text());
			}
		});
		page.onPageError(browserErrors::add);
	}

	@Test
	void anAgentFindsJaneByHerNumberReadsHer360RevealsThePukAndSwitchesToRussian() {
		logIn("agent", "agent");
		page.navigate("/?lang=en");
		screenshot("home");

		page.keyboard().press("/");
		assertThat(page.locator("#global-search")).isFocused();
		page.locator("#global-search").fill("Jane Do");
		assertThat(page.locator("#suggestion-list")).containsText("Jane Q. Doe");
		screenshot("type-ahead");

		page.locator("#global-search").fill("(202) 555-0143");
		page.locator("#global-search").press("Enter");
		page.waitForURL("**/customers/100001");
		Locator lines = page.locator("#panel-lines #lines");
		lines.waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#customer-name")).hasText("Jane Q. Doe");
		Locator jane = lines.locator("tbody tr").first();
		assertThat(jane).containsText("+1 202-555-0143");
		assertThat(jane.locator("td").nth(1)).not().isEmpty();
		assertThat(jane.locator("[data-bucket=DATA]")).containsText(Pattern.compile("\\d.* left of \\d"));
		assertThat(page.locator("#panel-important .sb-flash")).hasCount(1);
		screenshot("customer-360");

		page.locator("#start-call").click();
		page.locator("#verify-caller").click();
		page.locator("#verify-pin").fill("2468");
		page.locator("#verify-pin-submit").click();
		assertThat(page.locator("#caller-verification")).hasText("Verified: care PIN");

		jane.locator("a.sb-mdn").click();
		page.waitForURL("**/lines/*");
		page.locator("#show-puk1").waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		screenshot("line");

		page.locator("#show-puk1").click();
		assertThat(page.locator("#secret-value-puk1")).hasText(Pattern.compile("\\d{8}"));
		assertThat(page.locator("#line-activity-list")).containsText("Viewed a secret code");
		screenshot("puk-revealed");

		page.locator("a[hreflang=ru]").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#line-user h2")).containsText("Анкета пользователя");
		assertThat(page.locator("a[hreflang=ru]")).hasClass(Pattern.compile("active"));
		screenshot("line-ru");

		page.navigate("/customers/100001");
		page.locator("#panel-lines #lines").waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#panel-lines h2")).containsText("Линии");
		assertThat(page.locator("#panel-important h2")).containsText("Важная информация");
		screenshot("customer-360-ru");

		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}
}
