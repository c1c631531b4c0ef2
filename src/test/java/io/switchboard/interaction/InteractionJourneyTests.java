package io.switchboard.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import io.switchboard.support.BrowserJourney;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call from start to wrap-up, in Chromium: the agent finds the caller by number, starts the call from
 * the 360's bar, which shows it in progress, the agent wraps it up (the form first says what is missing), and the
 * Interactions tab lists it. In English, and in Russian as the operator's Russian-speaking agent.
 * Screenshots in {@code target/screenshots/InteractionJourneyTests/}.
 */
class InteractionJourneyTests extends BrowserJourney {

	/** The 360's panels of the ticket module, which is built beside this one and may not be there yet. */
	static final Pattern TICKET_PANELS = Pattern.compile(".*/customers/\\d+/(panels/service-requests|tickets)$");

	final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void watchTheBrowser() {
		page.onConsoleMessage(m -> {
			// failed requests are checked by their address below
			if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
				browserErrors.add(m.text());
			}
		});
		page.onPageError(browserErrors::add);
		page.onResponse(r -> {
			if (r.status() >= 400 && !TICKET_PANELS.matcher(r.url()).matches()) {
				browserErrors.add(r.status() + " " + r.url());
			}
		});
	}

	@Test
	void anAgentTakesJanesCallWrapsItUpAndFindsItInTheInteractionsTab() {
		logIn("agent", "agent");
		page.locator("#global-search").fill("(202) 555-0143");
		page.locator("#global-search").press("Enter");
		page.waitForURL("**/customers/100001");
		page.locator("#start-call").click();
		String number = callInProgress("Call in progress");
		screenshot("call-in-progress");

		page.locator("#wrap-up").click();
		page.locator("#wrap-up-form").waitFor();
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#wrap-up-reason-error")).hasText("Say why the customer got in touch.");
		assertThat(page.locator("#wrap-up-code-error")).hasText("Choose a wrap-up code from the list.");
		screenshot("wrap-up-missing-fields");

		page.locator("#wrap-up-reason").fill("Bill question");
		page.locator("#wrap-up-code").selectOption("RESOLVED");
		page.locator("#wrap-up-notes").fill("Explained the international texts charge; customer satisfied.");
		screenshot("wrap-up-filled");
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#interaction-notice")).hasText("Interaction " + number + " wrapped up.");
		assertThat(page.locator("#interaction-start")).isVisible();

		page.locator("#tab-interactions").click();
		Locator newest = page.locator("#interactions tbody tr").first();
		assertThat(newest).hasAttribute("data-number", number);
		assertThat(newest).containsText("Bill question");
		assertThat(newest).containsText("Resolved on first contact");
		assertThat(newest).containsText("Alex Morgan");
		settled();
		screenshot("interactions-tab");

		page.locator("#filter-channel").selectOption("CHAT");
		assertThat(page.locator("#interactions tbody tr").first()).containsText("Chat");
		assertThat(page.locator("#interactions tbody tr[data-number='" + number + "']")).hasCount(0);
		settled();
		screenshot("interactions-tab-chat");

		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}

	@Test
	void aRussianSpeakingAgentWrapsUpACallInRussian() {
		logIn("operator.ru", "operator.ru");
		page.locator("#global-search").fill("7709123453");
		page.locator("#global-search").press("Enter");
		page.waitForURL("**/customers/100002");
		page.locator("#start-call").click();
		String number = callInProgress("Идёт звонок");
		screenshot("call-in-progress-ru");

		page.locator("#wrap-up").click();
		page.locator("#wrap-up-form").waitFor();
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#wrap-up-reason-error")).hasText("Укажите, почему клиент обратился.");
		screenshot("wrap-up-missing-fields-ru");

		page.locator("#wrap-up-reason").fill("Вопрос по счёту");
		page.locator("#wrap-up-code").selectOption("INFO_GIVEN");
		page.locator("#wrap-up-notes").fill("Напомнили реквизиты для оплаты счёта.");
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#interaction-notice")).hasText("Обращение " + number + " завершено.");

		page.locator("#tab-interactions").click();
		Locator newest = page.locator("#interactions tbody tr").first();
		assertThat(newest).hasAttribute("data-number", number);
		assertThat(newest).containsText("Предоставлена информация");
		settled();
		screenshot("interactions-tab-ru");

		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}

	/** Waits for the requests and for the tab's fade-in, so the screenshot shows what the agent sees. */
	private void settled() {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#pane-interactions")).hasClass(Pattern.compile("\\bshow\\b"));
		page.waitForTimeout(400);
	}

	private String callInProgress(String label) {
		Locator open = page.locator("#interaction-open");
		assertThat(open).hasText(label);
		assertThat(page.locator("#interaction-since")).hasText(Pattern.compile("\\S+ \\d"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		return page.locator("#interaction-number").textContent().strip();
	}
}
