package io.switchboard.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
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
 * The caller is known before anything is read out to them, in Chromium: the agent finds the customer from
 * search (no call starts), starts the call saying who is calling, tries to read the PUK out (refused, told to
 * verify), verifies the caller by the care PIN (a wrong try is counted), reads the PUK out and wraps the call
 * up; the interaction's page then shows who called, how they were verified and what was read out. In
 * English (Jane Q. Doe, whose MVNO asks for the PIN before PIN/PUK codes) and in Russian (ООО «Ромашка»,
 * its director calling). Screenshots in {@code target/screenshots/CallerJourneyTests/}.
 */
class CallerJourneyTests extends BrowserJourney {

	/** The 360's panels of the ticket module, which is built beside this one and may not be there yet. */
	static final Pattern TICKET_PANELS = Pattern.compile(".*/customers/\\d+/(panels/service-requests|tickets)$");

	/** Refusals the journey asks for on purpose: a PUK before the caller is verified. */
	static final Pattern REFUSED_ON_PURPOSE = Pattern.compile(".*/lines/[0-9a-f-]+/secrets/puk1$");

	final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@Autowired
	InteractionApi interactions;

	@Autowired
	UserDetailsService users;

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
			if (r.status() >= 400 && !TICKET_PANELS.matcher(r.url()).matches()
					&& !(r.status() == 422 && REFUSED_ON_PURPOSE.matcher(r.url()).matches())) {
				browserErrors.add(r.status() + " " + r.url());
			}
		});
	}

	/** The journeys share the demo's customers with other tests: no call of theirs stays open. */
	@AfterEach
	void noCallLeftOpen() {
		for (String login : List.of("agent", "operator.ru")) {
			Actor actor = ((ActorPrincipal) users.loadUserByUsername(login)).actor();
			for (String customer : List.of("100001", "100002")) {
				interactions.openWith(customer, actor).ifPresent(open -> interactions.wrapUp(open.number(),
						new InteractionApi.WrapUp("Test clean-up", "NO_ACTION", null), open.version(), actor));
			}
		}
	}

	@Test
	void anAgentStartsJanesCallVerifiesHerByPinAndReadsThePukOut() {
		Actor agent = ((ActorPrincipal) users.loadUserByUsername("agent")).actor();
		logIn("agent", "agent");
		page.navigate("/?lang=en");
		page.locator("#global-search").fill("(202) 555-0143");
		page.locator("#global-search").press("Enter");
		page.waitForURL("**/customers/100001");
		Locator start = page.locator("#start-call");
		assertThat(start).hasText("Start call");
		assertThat(page.locator("#interaction-open")).hasCount(0);
		assertThat(interactions.openWith("100001", agent)).as("finding the customer started nothing").isEmpty();
		assertThat(page.locator("#interaction-caller-choice option")).hasText(new String[] {
				"Jane Q. Doe (customer)", "John A. Doe (Authorised user)" });
		settled();
		screenshot("found-no-call-yet");

		start.click();
		assertThat(page.locator("#interaction-open")).hasText("Call in progress");
		assertThat(page.locator("#caller-name")).hasText("Jane Q. Doe");
		assertThat(page.locator("#caller-verification")).hasText("Not verified");
		String number = page.locator("#interaction-number").textContent().strip();
		settled();
		screenshot("call-started");

		page.locator("#panel-lines a.sb-mdn").first().click();
		page.waitForURL("**/lines/*");
		assertThat(page.locator("#interaction-number")).hasText(number);
		page.locator("#show-puk1").click();
		Locator refused = page.locator("#secret-puk1 .sb-reveal-reason");
		assertThat(refused).hasText("Verify the caller first: reading this out needs the care PIN.");
		assertThat(page.locator("#secret-value-puk1")).hasCount(0);
		settled();
		screenshot("puk-refused-verify-first");

		page.locator("#secret-puk1 .sb-reveal-verify").click();
		page.locator("#verify-pin").fill("1111");
		page.locator("#verify-pin-submit").click();
		assertThat(page.locator("#verify-pin-error")).hasText("Wrong PIN. Tries left on this call: 2.");
		assertThat(page.locator("#verify-pin-tries")).hasText("Wrong tries on this call: 1 of 3");
		settled();
		screenshot("wrong-pin-counted");

		page.locator("#verify-pin").fill("2468");
		page.locator("#verify-pin-submit").click();
		assertThat(page.locator("#caller-verification")).hasText("Verified: care PIN");
		assertThat(page.locator("#interaction-notice")).hasText("Jane Q. Doe is verified: care PIN.");
		assertThat(page.locator(".sb-reveal-refused")).hasCount(0);
		page.locator("#show-puk1").click();
		assertThat(page.locator("#secret-value-puk1")).hasText("12345678");
		settled();
		screenshot("puk-read-out");

		page.locator("#wrap-up").click();
		page.locator("#wrap-up-reason").fill("SIM or device problem");
		page.locator("#wrap-up-code").selectOption("RESOLVED");
		page.locator("#wrap-up-notes").fill("Read the PUK out to unblock the SIM after three wrong PINs.");
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#interaction-notice")).hasText("Interaction " + number + " wrapped up.");

		page.navigate("/interactions/" + number);
		assertThat(page.locator("#interaction-caller")).hasText("Jane Q. Doe customer");
		assertThat(page.locator("#interaction-verification")).containsText("Verified: care PIN");
		assertThat(page.locator("#interaction-verification")).containsText("Alex Morgan");
		assertThat(page.locator("#interaction-verification")).containsText("Wrong tries: care PIN 1");
		assertThat(page.locator("#interaction-reveals")).containsText("PUK1 +1 202-555-0143");
		settled();
		screenshot("interaction-page");

		InteractionView recorded = interactions.get(number, PartnerScope.EVERYONE);
		assertThat(recorded.open()).isFalse();
		assertThat(recorded.reveals()).extracting(RevealView::secret).containsExactly("PUK1");
		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}

	@Test
	void aRussianSpeakingAgentVerifiesRomashkasDirectorByPinAndReadsThePukOut() {
		logIn("operator.ru", "operator.ru");
		page.locator("#global-search").fill("7709123453");
		page.locator("#global-search").press("Enter");
		page.waitForURL("**/customers/100002");
		assertThat(page.locator("#start-call")).hasText("Начать звонок");
		page.locator("#interaction-caller-choice")
			.selectOption(new SelectOption().setLabel("Петров Сергей Иванович (Основное лицо)"));
		settled();
		screenshot("found-no-call-yet-ru");

		page.locator("#start-call").click();
		assertThat(page.locator("#interaction-open")).hasText("Идёт звонок");
		assertThat(page.locator("#caller-name")).hasText("Петров Сергей Иванович");
		assertThat(page.locator("#caller-role")).hasText("Основное лицо");
		assertThat(page.locator("#caller-verification")).hasText("Не проверен");
		String number = page.locator("#interaction-number").textContent().strip();

		page.locator("#panel-lines a.sb-mdn", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("+7 916 123-45-67")).click();
		page.waitForURL("**/lines/*");
		page.locator("#show-puk1").click();
		assertThat(page.locator("#secret-puk1 .sb-reveal-reason")).hasText("Сначала проверьте звонящего. "
				+ "Для этих данных нужна проверка: PIN-код клиента или дата рождения и последние 4 цифры документа.");
		settled();
		screenshot("puk-refused-verify-first-ru");

		page.locator("#secret-puk1 .sb-reveal-verify").click();
		assertThat(page.locator("#verify-details-none"))
			.hasText("Для этого звонящего нет даты рождения и документа: подтвердить личность можно только PIN-кодом.");
		page.locator("#verify-pin").fill("0000");
		page.locator("#verify-pin-submit").click();
		assertThat(page.locator("#verify-pin-error")).hasText("Неверный PIN-код. Осталось попыток в этом звонке: 2.");
		settled();
		screenshot("wrong-pin-counted-ru");

		page.locator("#verify-pin").fill("1357");
		page.locator("#verify-pin-submit").click();
		assertThat(page.locator("#caller-verification")).hasText("Проверен: PIN-код");
		page.locator("#show-puk1").click();
		assertThat(page.locator("#secret-value-puk1")).hasText("73019264");
		settled();
		screenshot("puk-read-out-ru");

		page.locator("#wrap-up").click();
		page.locator("#wrap-up-reason").fill("Вопрос по SIM-карте");
		page.locator("#wrap-up-code").selectOption("INFO_GIVEN");
		page.locator("#wrap-up-submit").click();
		assertThat(page.locator("#interaction-notice")).hasText("Обращение " + number + " завершено.");

		page.navigate("/interactions/" + number);
		assertThat(page.locator("#interaction-caller")).hasText("Петров Сергей Иванович Основное лицо");
		assertThat(page.locator("#interaction-verification")).containsText("Проверен: PIN-код");
		assertThat(page.locator("#interaction-reveals")).containsText("PUK1 +7 916 123-45-67");
		settled();
		screenshot("interaction-page-ru");

		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}

	/** Waits for the requests to settle, so the screenshot shows what the agent sees. */
	private void settled() {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.waitForTimeout(300);
	}
}
