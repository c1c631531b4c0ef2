package io.switchboard.ticket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.agent.Role;
import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.support.BrowserJourney;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's trip through the back office, in Chromium: the agent opens Jane's 360, creates a task and
 * dispatches it to "Billing back office" («Отдел расчётов»), and is back on Jane, told the task's number; the back office
 * sees it in the queue, takes it, picks Return, is told next to the field that a reason is needed, and
 * returns it with one; the agent finds it flagged in the Open folder with the reason, picks Close and
 * closes it. Once in English (agent, backoffice) and once in Russian (operator.ru and a
 * Russian-speaking back-office agent of this test's own, so no shared login's language changes), each
 * status checked by its code and read in the agent's language. Screenshots in
 * {@code target/screenshots/TicketJourneyTests/}.
 */
class TicketJourneyTests extends BrowserJourney {

	static final String RU_BACKOFFICE = "backoffice.ru.journey";

	@Autowired
	AgentApi agents;

	@Autowired
	TicketAdmin admin;

	final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void aRussianBackOfficeAgentInTheQueue() {
		// a failed load is reported once, by its URL, below
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
				browserErrors.add(m.text());
			}
		});
		page.onResponse(r -> {
			// the return without a reason is refused on purpose
			boolean expected = r.status() == 422 && r.url().endsWith("/moves/return");
			if (r.status() >= 400 && !expected) {
				browserErrors.add(r.status() + " " + r.url());
			}
		});
		page.onPageError(browserErrors::add);
		if (agents.findByUsername(RU_BACKOFFICE).isPresent()) {
			return;
		}
		var operator = agents.findByUsername("backoffice").orElseThrow().partnerId();
		var created = agents.create(new NewAgent(Ids.next(), RU_BACKOFFICE, "Пётр Иванов", RU_BACKOFFICE, operator,
				Set.of(Role.BACKOFFICE), "ru", "Europe/Moscow", Money.of("100", "USD")));
		QueueView billing = admin.queues().stream().filter(q -> "Billing back office".equals(q.name(Locale.ENGLISH)))
			.findFirst()
			.orElseThrow();
		Set<String> members = new HashSet<>();
		agents.findAll(billing.members()).values().forEach(a -> members.add(a.username()));
		members.add(created.username());
		admin.changeQueue(billing.code(), billing.version(), new TicketAdmin.QueueChange(
				CodedEntryForm.of(billing.entry()).draft(false), billing.partnerId(), List.copyOf(members),
				billing.autoAssign()), "journey");
	}

	@Test
	void aTaskGoesToTheBackOfficeComesBackWithAReasonAndIsClosedInEnglish() {
		journey("agent", "backoffice", "Refund the roaming charges", "The customer was charged for roaming in Mexico.",
				"We need the dates of the trip: ask the customer and create it again.", "Closed", "Returned: ",
				new Words("Task ", "Billing back office", "OPEN-DISPATCH", "OPEN", "OPEN-REJECT RETURN", "CLOSED",
						"Write the reason for returning the ticket."));
	}

	@Test
	void aTaskGoesToTheBackOfficeComesBackWithAReasonAndIsClosedInRussian() {
		journey("operator.ru", RU_BACKOFFICE, "Вернуть плату за роуминг", "Клиенту начислили роуминг в Мексике.",
				"Нужны даты поездки: уточните у клиента и создайте заново.", "Закрыта", "Возвращена: ",
				new Words("Задание ", "Отдел расчётов", "Открыта — в очереди", "Открыта", "Открыта — возвращена", "Закрыта",
						"Укажите причину возврата заявки."));
	}

	/** What the agent reads: the notice's start, the queue's name, the statuses' names, the missing reason's message. */
	record Words(String taskCreated, String queue, String dispatched, String open, String returned, String closed,
			String reasonRequired) {
	}

	private void journey(String creator, String backOffice, String subject, String content, String reason,
			String closedLabel, String returnedPrefix, Words words) {
		logIn(creator, creator);
		page.navigate("/customers/100001");
		page.locator("#panel-service-requests .sb-panel-header").waitFor();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		screenshot("customer-360");

		page.locator("#new-task").click();
		page.waitForURL("**/customers/100001/tickets/new");
		page.locator("#category").selectOption("BILLING");
		page.locator("#priority").selectOption("HIGH");
		page.locator("#subject").fill(subject);
		page.locator("#content").fill(content);
		page.locator("#queueId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(words.queue()));
		screenshot("new-task");
		page.locator("#create-ticket").click();
		page.waitForURL("**/customers/100001");
		Locator notice = page.locator("main > .alert-success[role=status]");
		assertThat(notice).containsText(words.taskCreated());
		java.util.regex.Matcher found = Pattern.compile("T-\\d{6}").matcher(notice.textContent());
		assertThat(found.find()).isTrue();
		String number = found.group();
		assertThat(page.locator("#service-requests")).containsText(subject);
		screenshot("back-on-the-customer");
		page.navigate("/tickets/" + number);
		assertThat(page.locator("#details-status")).hasAttribute("data-status", "OPEN_DISPATCH");
		assertThat(page.locator("#details-status")).hasText(words.dispatched());
		screenshot("dispatched");
		logOut();

		logIn(backOffice, backOffice);
		page.navigate("/tickets");
		page.locator("#queues a.sb-queue-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText(words.queue())).click();
		assertThat(page.locator("#folder-title")).containsText(words.queue());
		Locator row = page.locator("tr[data-ticket='" + number + "']");
		assertThat(row.locator(".sb-ticket-status")).hasAttribute("data-status", "OPEN_DISPATCH");
		screenshot("queue");
		row.locator("a").first().click();
		page.waitForURL("**/tickets/" + number);
		page.locator("#move-take").click();
		assertThat(page.locator("#details-status")).hasAttribute("data-status", "OPEN");
		assertThat(page.locator("#details-status")).hasText(words.open());
		assertThat(page.locator("#ticket-notice")).isVisible();
		screenshot("taken");
		page.locator("#choose-return").click();
		assertThat(page.locator("#form-return #move-text")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/tickets/" + number + "\\?move=return$"));
		page.locator("#move-submit").click();
		assertThat(page.locator("#form-return #move-text + .invalid-feedback")).hasText(words.reasonRequired());
		screenshot("return-needs-a-reason");
		page.locator("#form-return #move-text").fill(reason);
		page.locator("#move-submit").click();
		assertThat(page.locator("#details-status")).hasAttribute("data-status", "OPEN_REJECT_RETURN");
		screenshot("returned");
		logOut();

		logIn(creator, creator);
		page.navigate("/tickets?folder=open");
		Locator flagged = page.locator("tr[data-ticket='" + number + "']");
		assertThat(flagged.locator(".sb-ticket-status")).hasAttribute("data-status", "OPEN_REJECT_RETURN");
		assertThat(flagged.locator(".sb-ticket-status")).hasText(words.returned());
		assertThat(flagged.locator(".sb-return-reason")).hasText(returnedPrefix + reason);
		screenshot("flagged-in-own-folder");
		flagged.locator("a").first().click();
		page.waitForURL("**/tickets/" + number);
		assertThat(page.locator("#ticket-returned")).containsText(reason);
		page.locator("#choose-close").click();
		page.locator("#form-close #move-resolution").selectOption("EXPLAINED");
		assertThat(page.locator("select[name=resolutionCode]")).hasCount(1);
		screenshot("closing");
		page.locator("#move-submit").click();
		assertThat(page.locator("#details-status")).hasAttribute("data-status", "CLOSED");
		assertThat(page.locator("#details-status")).hasText(words.closed());
		assertThat(page.locator("#history")).containsText(closedLabel);
		screenshot("closed");

		assertThat(browserErrors).as("no script, policy or loading errors in the browser").isEmpty();
	}

	private void logOut() {
		page.locator("form[action='/logout'] button").click();
		page.waitForURL("**/login?logout");
	}
}
