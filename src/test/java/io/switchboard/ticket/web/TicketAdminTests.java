package io.switchboard.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketTestData;
import io.switchboard.ticket.TicketView;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket lists' administration ({@code /admin/ticket-lists}, {@code /admin/queues}), one table kind for
 * every list: only administrators reach it; a row saves from the version it was read at; every reason is
 * shown next to its box, in the administrator's language, with what was typed kept (an SLA hours box that
 * is not a number too); and a queue's names are read in each agent's language wherever queues are named.
 */
@SwitchboardApplicationTest
class TicketAdminTests {

	/** The session's language, as the switcher sets it (without remembering it for the demo's logins). */
	static final Locale RUSSIAN = Locale.of("ru");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	TicketAdmin admin;

	@Autowired
	TicketApi tickets;

	@Autowired
	CustomerImport customers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	TicketTestData data;

	@BeforeEach
	void testData() {
		data = new TicketTestData(tickets, admin, customers, transactions, users);
	}

	static String fresh(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	Document page(String login, String uri, Locale language) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(agents.as(login, language))
			.exchange();
		assertThat(result).hasStatusOk();
		return html(result);
	}

	RequestPostProcessor admin() {
		return agents.as("admin");
	}

	CategoryView category(String code) {
		return admin.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void onlyAdministratorsManageQueuesCategoriesAndResolutionCodes() throws Exception {
		Document queues = page("admin", "/admin/queues", Locale.ENGLISH);
		assertThat(queues.selectFirst("#ticket-queue-BILLING_BACK_OFFICE-row input[name=entry.names[en]]").val())
			.isEqualTo("Billing back office");
		assertThat(queues.selectFirst("#ticket-queue-BILLING_BACK_OFFICE-row input[name=entry.names[ru]]").val())
			.isEqualTo("Отдел расчётов");
		assertThat(queues.selectFirst("#ticket-queue-BILLING_BACK_OFFICE-row input[name=members]").val())
			.matches("backoffice(, [a-z.]+)*, manager");
		Document lists = page("admin", "/admin/ticket-lists", Locale.ENGLISH);
		assertThat(lists.selectFirst("#ticket-category-BILLING-row input[name=entry.names[ru]]").val())
			.isEqualTo("Счета и оплата");
		assertThat(lists.selectFirst("#ticket-category-BILLING-row input[name=high]").val()).isEqualTo("24");
		assertThat(lists.selectFirst("#ticket-resolution-FIXED-row input[name=names[ru]]").val()).isEqualTo("Решено");

		assertThat(mvc.get().uri("/admin/queues").with(agents.as("agent")).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/ticket-lists").with(agents.as("manager")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/ticket-resolutions").param("code", fresh("NO_")).param("names[en]", "x")
			.param("names[ru]", "x").with(agents.as("manager")).with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anSlaHoursBoxThatIsNotANumberIsRefusedNextToItWithWhatWasTyped() throws Exception {
		CategoryView billing = category("BILLING");
		MvcTestResult refused = mvc.post().uri("/admin/ticket-categories/BILLING")
			.param("entry.version", String.valueOf(billing.version())).param("entry.position", "10")
			.param("entry.names[en]", "Billing and payments").param("entry.names[ru]", "Счета и оплата")
			.param("entry.active", "true").param("critical", "4h").param("high", "48").param("medium", "72")
			.param("low", "0").with(admin()).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.selectFirst("#ticket-category-BILLING-critical-error").text())
			.isEqualTo("SLA hours are a whole number from 1 to 8760.");
		assertThat(page.selectFirst("#ticket-category-BILLING-low-error").text())
			.isEqualTo("SLA hours are a whole number from 1 to 8760.");
		assertThat(page.select("#ticket-category-BILLING-high-error")).isEmpty();
		assertThat(page.selectFirst("#ticket-category-BILLING-row input[name=critical]").val()).isEqualTo("4h");
		assertThat(page.selectFirst("#ticket-category-BILLING-row input[name=critical]").attr("aria-describedby"))
			.isEqualTo("ticket-category-BILLING-critical-error");
		assertThat(page.selectFirst("#ticket-category-BILLING-row input[name=high]").val()).isEqualTo("48");
		assertThat(category("BILLING").slaHighHours()).as("nothing was saved").isEqualTo(24);
		assertThat(category("BILLING").version()).isEqualTo(billing.version());

		Document russian = html(mvc.post().uri("/admin/ticket-categories/BILLING")
			.param("entry.version", String.valueOf(billing.version())).param("entry.names[en]", "Billing and payments")
			.param("entry.names[ru]", "Счета и оплата").param("entry.active", "true").param("critical", "четыре")
			.param("high", "24").param("medium", "72").param("low", "168")
			.with(agents.as("admin", RUSSIAN)).with(csrf()).exchange());
		assertThat(russian.selectFirst("#ticket-category-BILLING-critical-error").text())
			.isEqualTo("Часы SLA — целое число от 1 до 8760.");
		assertThat(russian.selectFirst("#ticket-category-BILLING-row input[name=critical]").val()).isEqualTo("четыре");
	}

	@Test
	void aNewCategoryIsRefusedWithEveryReasonAtOnceThenAddedWithItsHours() throws Exception {
		String code = fresh("CAT_");
		Document refused = html(mvc.post().uri("/admin/ticket-categories").param("entry.code", code)
			.param("entry.names[en]", "Roaming").param("entry.names[ru]", "").param("critical", "")
			.param("high", "24").param("medium", "72").param("low", "168").with(admin()).with(csrf()).exchange());
		assertThat(refused.selectFirst("#ticket-category-new-name-ru-error").text()).isEqualTo("Write the name.");
		assertThat(refused.selectFirst("#ticket-category-new-critical-error").text())
			.isEqualTo("SLA hours are a whole number from 1 to 8760.");
		assertThat(refused.selectFirst("#ticket-category-new-row input[name=entry.code]").val()).isEqualTo(code);
		assertThat(admin.categories()).extracting(CategoryView::code).doesNotContain(code);

		assertThat(mvc.post().uri("/admin/ticket-categories").param("entry.code", code).param("entry.names[en]", "Roaming")
			.param("entry.names[ru]", "Роуминг").param("critical", "2").param("high", "6").param("medium", "12")
			.param("low", "48").with(admin()).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
		CategoryView roaming = category(code);
		assertThat(roaming.name(RUSSIAN)).isEqualTo("Роуминг");
		assertThat(roaming.slaHours(Priority.HIGH)).isEqualTo(6);
		assertThat(roaming.active()).isTrue();
		TicketView ticket = data.aTicket().inCategory(code).priority(Priority.HIGH).create();
		assertThat(ticket.dueAt()).isEqualTo(ticket.createdAt().plusSeconds(6 * 3600));
	}

	@Test
	void theSecondOfTwoAdministratorsSavingTheSameCategoryIsToldWhoSavedAndWhen() throws Exception {
		String code = fresh("RACE_");
		CategoryView added = admin.addCategory(new TicketAdmin.CategoryChange(
				new CodedEntryForm(code, java.util.Map.of("en", "Race", "ru", "Гонка"), null, true, null).draft(true), 1,
				2, 3, 4), "admin");
		admin.changeCategory(code, added.version(), new TicketAdmin.CategoryChange(
				CodedEntryForm.of(added.entry()).draft(false), 5, 6, 7, 8), "other.admin");

		MvcTestResult late = mvc.post().uri("/admin/ticket-categories/" + code)
			.param("entry.version", String.valueOf(added.version())).param("entry.names[en]", "Race")
			.param("entry.names[ru]", "Гонка").param("entry.active", "true").param("critical", "9").param("high", "9")
			.param("medium", "9").param("low", "9").with(admin()).with(csrf()).exchange();

		assertThat(late).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(late).selectFirst("#ticket-category-" + code + "-refusal").text())
			.startsWith("other.admin saved this entry at ");
		assertThat(html(late).selectFirst("#ticket-category-" + code + "-row input[name=critical]").val()).isEqualTo("9");
		assertThat(category(code).slaCriticalHours()).as("their save stands").isEqualTo(5);
		assertThatThrownBy(() -> admin.changeCategory(code, added.version(), new TicketAdmin.CategoryChange(
				CodedEntryForm.of(added.entry()).draft(false), 9, 9, 9, 9), "admin"))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> assertThat(e.changedBy()).isEqualTo("other.admin"));
	}

	@Test
	void theSecondOfTwoAdministratorsAddingTheSameCodeIsToldItIsTaken() throws Exception {
		String code = fresh("RES_");
		assertThat(mvc.post().uri("/admin/ticket-resolutions").param("code", code.toLowerCase(Locale.ROOT))
			.param("names[en]", "Test").param("names[ru]", "Тест").with(admin()).with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		MvcTestResult again = mvc.post().uri("/admin/ticket-resolutions").param("code", code).param("names[en]", "Again")
			.param("names[ru]", "Снова").with(admin()).with(csrf()).exchange();
		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(again);
		assertThat(page.selectFirst("#ticket-resolution-new-code-error").text()).isEqualTo("The code " + code + " is taken.");
		assertThat(page.selectFirst("#ticket-resolution-new-row input[name=names[en]]").val()).isEqualTo("Again");
		assertThat(page.select("#ticket-category-new-code-error")).as("only the row it concerns").isEmpty();
		assertThat(admin.resolutions()).filteredOn(r -> r.code().equals(code)).singleElement()
			.extracting(r -> r.name(Locale.ENGLISH)).isEqualTo("Test");
	}

	@Test
	void aQueueIsReadInEachAgentsLanguageWhereverQueuesAreNamed() throws Exception {
		String code = fresh("Q_");
		String english = "Roaming desk " + code;
		String russian = "Группа роуминга " + code;
		String operator = data.queueNamed("Billing back office").partnerId().toString();
		assertThat(mvc.post().uri("/admin/queues").param("entry.code", code).param("entry.names[en]", english)
			.param("entry.names[ru]", russian).param("partnerId", operator).param("members", "backoffice")
			.with(admin()).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
		QueueView queue = data.queueNamed(english);
		TicketView ticket = data.aTicket().dispatchedTo(queue.id()).create();

		Document folders = page("backoffice", "/tickets", RUSSIAN);
		assertThat(folders.select("#queues a").eachText()).anyMatch(link -> link.startsWith(russian));
		assertThat(page("backoffice", "/tickets?queue=" + queue.id(), RUSSIAN).selectFirst("#folder-title").text())
			.isEqualTo("Очередь: " + russian);
		assertThat(page("manager", "/tickets?folder=all", RUSSIAN).select("#inQueue option").eachText())
			.contains(russian, "Отдел расчётов");
		Document russianTicket = page("backoffice", "/tickets/" + ticket.number(), RUSSIAN);
		assertThat(russianTicket.selectFirst("#details-queue").text()).isEqualTo(russian);
		assertThat(russianTicket.selectFirst("#history tr[data-action=CREATED]").text())
			.contains("Очередь - → " + russian);
		assertThat(page("backoffice", "/", RUSSIAN).select("#home-queues a").eachText())
			.anyMatch(link -> link.startsWith(russian));

		Document englishTicket = page("backoffice", "/tickets/" + ticket.number(), Locale.ENGLISH);
		assertThat(englishTicket.selectFirst("#details-queue").text()).isEqualTo(english);
	}

	@Test
	void aPartnersAgentLearnsOnlyItsOwnPartnersQueueNamesInAnyLanguage() throws Exception {
		String customer = data.aCustomer().ofPartnerOf("reseller").named("Rosa", "Queues").create();
		TicketView ticket = data.aTicket().forCustomer(customer).createdBy("reseller").dispatchedTo("Bluewave escalations")
			.create();
		tickets.forward(ticket.number(), null, data.queue("Porting desk"), "The donor carrier refused twice",
				data.actor("manager"));

		Document russian = page("reseller", "/tickets/" + ticket.number(), RUSSIAN);
		assertThat(russian.selectFirst("#details-queue").text()).isEqualTo("Внутренняя очередь");
		assertThat(russian.selectFirst("#history tr[data-action=FORWARDED]").text())
			.contains("Очередь Bluewave: эскалации → Внутренняя очередь");
		assertThat(russian.outerHtml()).doesNotContain("Группа переноса номеров").doesNotContain("Porting desk");
		assertThat(page("reseller", "/tickets?folder=all", RUSSIAN).select("#inQueue option").eachText())
			.containsExactly("Любой", "Bluewave: эскалации");
	}

	@Test
	void aQueueIsRefusedWithEachReasonOnItsBox() throws Exception {
		String operator = data.queueNamed("Billing back office").partnerId().toString();
		MvcTestResult refused = mvc.post().uri("/admin/queues").param("entry.code", fresh("Q_"))
			.param("entry.names[en]", "technical support").param("entry.names[ru]", "Новая очередь")
			.param("partnerId", operator).param("members", "backoffice nobody.here").with(admin()).with(csrf())
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.selectFirst("#ticket-queue-new-name-en-error").text())
			.isEqualTo("The partner already has a queue named technical support.");
		assertThat(page.selectFirst("#ticket-queue-new-members-error").text())
			.isEqualTo("There is no agent with the username nobody.here.");
		assertThat(page.selectFirst("#ticket-queue-new-row input[name=members]").val()).isEqualTo("backoffice nobody.here");
		assertThat(page.selectFirst("#ticket-queue-new-row select[name=partnerId] option[selected]").val())
			.isEqualTo(operator);
		assertThat(admin.queues()).extracting(q -> q.name(RUSSIAN)).doesNotContain("Новая очередь");
	}
}
