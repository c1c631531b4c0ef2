package io.switchboard.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.support.TestLogins;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketTestData;
import io.switchboard.ticket.TicketView;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket page as an agent uses it: creating a task from the 360 and landing back on the customer,
 * the one action area (pick a move, then its fields; refusals next to the field, what was typed kept),
 * editing the details, statuses in the agent's language, and what a partner's agent may learn of
 * queues.
 */
@SwitchboardApplicationTest
class TicketPagesTests {

	static final Pattern NUMBER = Pattern.compile("T-\\d{6}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	TicketApi tickets;

	@Autowired
	TicketAdmin admin;

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

	Document get(String login, String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(agents.as(login)).exchange();
		assertThat(result).hasStatusOk();
		return html(result);
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Creates a task from the 360's form; answers its number, as the notice back on the customer says it. */
	String create(String login, String customer, String subject, String queueName) throws Exception {
		var request = mvc.post().uri("/customers/" + customer + "/tickets").with(agents.as(login)).with(csrf())
			.param("category", "BILLING").param("priority", "HIGH").param("channel", "PHONE")
			.param("subject", subject).param("content", "The customer asks about a charge.");
		if (queueName != null) {
			request = request.param("queueId", data.queue(queueName).toString());
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + customer);
		String notice = (String) result.getMvcResult().getFlashMap().get("notice");
		Matcher number = NUMBER.matcher(notice);
		assertThat(number.find()).as(notice).isTrue();
		return number.group();
	}

	@Test
	void aTaskCreatedFromThe360LandsTheAgentBackOnTheCustomerToldItsNumber() throws Exception {
		MvcTestResult created = mvc.post().uri("/customers/100001/tickets").with(agents.as("agent")).with(csrf())
			.param("category", "BILLING").param("priority", "HIGH").param("channel", "PHONE")
			.param("subject", "Charge for international calls").param("content", "The customer asks about a charge.")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/customers/100001");
		String notice = (String) created.getMvcResult().getFlashMap().get("notice");
		assertThat(notice).matches("Task T-\\d{6} created\\.");
		String number = notice.substring(5, 13);

		Document page = get("agent", "/tickets/" + number);
		assertThat(page.selectFirst("#ticket-subject").text()).isEqualTo("Charge for international calls");
		assertThat(page.selectFirst("#ticket-customer").text()).contains("Jane Q. Doe").contains("C-2023-000001");
		assertThat(page.selectFirst("#details-status").attr("data-status")).isEqualTo("OPEN");
		assertThat(page.selectFirst("#details-owner").text()).isEqualTo("Alex Morgan");
		assertThat(page.select("#history tbody tr").first().attr("data-action")).isEqualTo("CREATED");
		Document work = get("agent", "/customers/100001/tickets");
		assertThat(work.selectFirst("tr[data-ticket=" + number + "]").text()).contains("Billing and payments");
	}

	@Test
	void aTaskWithoutSubjectComesBackWithTheErrorNextToTheFieldInTheAgentsLanguage() throws Exception {
		var english = mvc.post().uri("/customers/100002/tickets").with(agents.as("agent")).with(csrf())
			.param("category", "").param("priority", "LOW").param("channel", "PHONE").param("content", "x").exchange();
		assertThat(english).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(english);
		assertThat(page.selectFirst("#subject").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#subject + .invalid-feedback").text()).isEqualTo("Write a subject.");
		assertThat(page.selectFirst("#category ~ .invalid-feedback").text()).isEqualTo("Choose a category.");
		var russian = mvc.post().uri("/customers/100002/tickets").with(agents.as("operator.ru")).with(csrf())
			.param("category", "BILLING").param("priority", "LOW").param("channel", "PHONE").param("content", "x")
			.exchange();
		assertThat(russian).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(russian).selectFirst("#subject + .invalid-feedback").text()).isEqualTo("Напишите тему.");
	}

	@Test
	void aResellerCannotSeeAnotherPartnersTicket() throws Exception {
		String number = create("agent", "100001", "Only the MVNO and the operator see this", null);
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Only the MVNO");
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("mvno")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/customers/100001/panels/service-requests").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/customers/100001/tickets/new").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/tickets/" + number + "/comments").param("body", "x").with(agents.as("reseller"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("reseller", "/tickets?folder=all&q=" + number).select("tr[data-ticket=" + number + "]")).isEmpty();
	}

	@Test
	void aDispatchedTaskIsInTheQueueAndTheBackOfficeTakesIt() throws Exception {
		String number = create("agent", "100002", "Refund the double charge", "Billing back office");
		Element row = get("backoffice", "/tickets?folder=all&q=" + number).selectFirst("tr[data-ticket=" + number + "]");
		assertThat(row.selectFirst(".sb-ticket-status").attr("data-status")).isEqualTo("OPEN_DISPATCH");
		assertThat(row.selectFirst(".sb-queue").text()).isEqualTo("Billing back office");

		assertThat(mvc.post().uri("/tickets/" + number + "/moves/take").with(agents.as("backoffice")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		MvcTestResult late = mvc.post().uri("/tickets/" + number + "/moves/take").with(agents.as("manager"))
			.with(csrf()).exchange();
		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		assertThat(html(late).selectFirst("#ticket-refusal").text()).startsWith("Casey Brooks took this ticket at");

		Document taken = get("backoffice", "/tickets/" + number);
		assertThat(taken.selectFirst("#details-status").attr("data-status")).isEqualTo("OPEN");
		assertThat(taken.selectFirst("#details-owner").text()).isEqualTo("Casey Brooks");
		assertThat(taken.select("#move-choices .sb-move-choice")).extracting(Element::id)
			.containsExactly("choose-dispatch", "choose-forward", "choose-return", "choose-answer", "choose-close");
		assertThat(taken.select("#ticket-moves form")).as("no move picked: no fields yet").isEmpty();
	}

	@Test
	void aReturnWithoutAReasonIsRefusedNextToTheFieldKeepingTheMoveOpen() throws Exception {
		TicketView taken = data.aTicket().dispatchedTo("Billing back office").takenBy("backoffice").create();

		MvcTestResult refused = mvc.post().uri("/tickets/" + taken.number() + "/moves/return").param("text", "  ")
			.param("version", String.valueOf(taken.version())).with(agents.as("backoffice")).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.selectFirst("#ticket-refusal")).as("no banner").isNull();
		assertThat(page.selectFirst("#form-return #move-text").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#form-return #move-text + .invalid-feedback").text())
			.isEqualTo("Write the reason for returning the ticket.");
		assertThat(page.selectFirst("#choose-return").hasClass("active")).isTrue();
	}

	@Test
	void aRefusalFromTheWorkflowComesBackNextToItsFieldWithWhatWasTyped() throws Exception {
		TicketView queued = data.aTicket().dispatchedTo("Billing back office").create();

		MvcTestResult refused = mvc.post().uri("/tickets/" + queued.number() + "/moves/forward")
			.param("queueId", data.queue("Billing back office").toString()).param("text", "Belongs to them")
			.param("version", String.valueOf(queued.version())).with(agents.as("backoffice")).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.selectFirst("#form-forward #move-queue").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#form-forward #move-queue + .invalid-feedback").text())
			.isEqualTo("The ticket is already in that queue: choose another one.");
		assertThat(page.selectFirst("#form-forward #move-text").val()).isEqualTo("Belongs to them");
		assertThat(page.select("#form-forward #move-queue option").eachText()).doesNotContain("Billing back office");
	}

	@Test
	void theActionAreaShowsOnlyThePickedMovesFieldsSoAReturnedTicketHasOneResolutionList() throws Exception {
		TicketView returned = data.aTicket().createdBy("agent").dispatchedTo("Billing back office")
			.takenBy("backoffice").returnedBy("backoffice", "Needs the dates of the trip").create();
		String page = "/tickets/" + returned.number();

		assertThat(get("agent", page).select("#ticket-moves form")).isEmpty();
		assertThat(get("agent", page).select("#move-choices .sb-move-choice")).extracting(Element::id)
			.containsExactly("choose-close", "choose-recreate");
		Document closing = get("agent", page + "?move=close");
		assertThat(closing.select("#ticket-moves form")).extracting(Element::id).containsExactly("form-close");
		assertThat(closing.select("select[name=resolutionCode]")).hasSize(1);
		Document recreating = get("agent", page + "?move=recreate");
		assertThat(recreating.select("#ticket-moves form")).extracting(Element::id).containsExactly("form-recreate");
		assertThat(recreating.select("select[name=resolutionCode]")).hasSize(1);
		assertThat(recreating.select("#ticket-moves select[name=categoryCode]")).hasSize(1);
		assertThat(get("agent", page + "?move=take").select("#ticket-moves form")).as("not a move it may pick")
			.isEmpty();
	}

	@Test
	void pickingAMoveSwapsInItsFieldsWithHtmxAndOpensThePageOnItWithout() throws Exception {
		TicketView queued = data.aTicket().dispatchedTo("Billing back office").create();
		String uri = "/tickets/" + queued.number() + "/moves/forward";

		MvcTestResult htmx = mvc.get().uri(uri).header("HX-Request", "true").with(agents.as("backoffice")).exchange();
		assertThat(htmx).hasStatusOk();
		Document area = html(htmx);
		assertThat(area.select("section#ticket-moves")).hasSize(1);
		assertThat(area.selectFirst("#ticket-subject")).as("the area only, not the page").isNull();
		assertThat(area.select("#ticket-moves form")).extracting(Element::id).containsExactly("form-take", "form-forward");
		assertThat(area.selectFirst("#choose-forward").attr("hx-get")).isEqualTo(uri);

		MvcTestResult plain = mvc.get().uri(uri).with(agents.as("backoffice")).exchange();
		assertThat(plain).hasStatus(HttpStatus.FOUND);
		assertThat(plain.getResponse().getRedirectedUrl())
			.isEqualTo("/tickets/" + queued.number() + "?move=forward#ticket-moves");
	}

	@Test
	void theOwnerEditsTheDetailsFromTheVersionReadAndAStaleEditIsRefused() throws Exception {
		String number = create("agent", "100002", "Charge to check", null);
		Document page = get("agent", "/tickets/" + number);
		String version = page.selectFirst("#form-details input[name=version]").val();
		assertThat(mvc.post().uri("/tickets/" + number + "/details").param("version", version)
			.param("subject", "Double charge in March").param("content", "Charged twice for March.")
			.param("priority", "CRITICAL").param("categoryCode", "COMPLAINT").with(agents.as("agent")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		Document edited = get("agent", "/tickets/" + number);
		assertThat(edited.selectFirst("#ticket-subject").text()).isEqualTo("Double charge in March");
		assertThat(edited.selectFirst("#history tr[data-action=UPDATED]").text())
			.contains("Subject, Content, Priority, Category");

		MvcTestResult stale = mvc.post().uri("/tickets/" + number + "/details").param("version", version)
			.param("subject", "Typed over an old page").param("content", "x").param("priority", "LOW")
			.param("categoryCode", "BILLING").with(agents.as("agent")).with(csrf()).exchange();
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		Document refused = html(stale);
		assertThat(refused.selectFirst("#details-refusal").text()).startsWith("Someone else (agent) changed this ticket");
		assertThat(refused.selectFirst("#details-subject").val()).isEqualTo("Typed over an old page");
		assertThat(refused.selectFirst("#ticket-details-edit").hasAttr("open")).isTrue();

		MvcTestResult blank = mvc.post().uri("/tickets/" + number + "/details")
			.param("version", String.valueOf(Long.parseLong(version) + 1)).param("subject", " ").param("content", "x")
			.param("priority", "LOW").param("categoryCode", "BILLING").with(agents.as("agent")).with(csrf()).exchange();
		assertThat(blank).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(blank).selectFirst("#details-subject + .invalid-feedback").text()).isEqualTo("Write a subject.");
		assertThat(get("agent", "/tickets/" + number).selectFirst("#ticket-subject").text())
			.isEqualTo("Double charge in March");
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void statusesAreShownInTheAgentsLanguageAndTheApiCodeStays() throws Exception {
		TicketView queued = data.aTicket().dispatchedTo("Billing back office").create();

		Document russian = get("operator.ru", "/tickets/" + queued.number());
		assertThat(russian.selectFirst("#details-status").text()).isEqualTo("Открыта — в очереди");
		assertThat(russian.selectFirst("#details-status").attr("title")).isEqualTo("OPEN-DISPATCH");
		assertThat(russian.selectFirst("#history tr[data-action=CREATED]").text())
			.contains("Статус - → Открыта — в очереди");
		Document filter = get("operator.ru", "/tickets?folder=all");
		assertThat(filter.selectFirst("#status option[value=WAITING]").text()).isEqualTo("Отвечена");
		assertThat(filter.selectFirst("#status option[value=OPEN-REJECT RETURN]").text())
			.isEqualTo("Открыта — возвращена");
		assertThat(get("agent", "/tickets?folder=all").selectFirst("#status option[value=WAITING]").text())
			.isEqualTo("ANSWERED");

		MvcTestResult refused = mvc.post().uri("/tickets/" + queued.number() + "/moves/answer").param("text", "Done")
			.with(agents.as("manager")).with(csrf()).exchange();
		assertThat(html(refused).selectFirst("#ticket-refusal").text())
			.isEqualTo("Only an OPEN ticket can be answered; this one is OPEN-DISPATCH.");
		MvcTestResult inRussian = mvc.post().uri("/tickets/" + queued.number() + "/moves/answer").param("text", "Готово")
			.with(agents.as("operator.ru")).with(csrf()).exchange();
		assertThat(html(inRussian).selectFirst("#ticket-refusal").text())
			.isEqualTo("Ответить можно только на открытую заявку («Открыта»); статус этой — «Открыта — в очереди».");
	}

	@Test
	void aPartnersAgentLearnsNoQueueNamesButItsOwnPartnersAndBelow() throws Exception {
		// Nimbus and Bluewave are both under the operator: neither learns the operator's internal queues,
		// nor the other's
		Document mvno = get("mvno", "/tickets?folder=all");
		assertThat(mvno.select("#inQueue option").eachText()).containsExactly("Any");
		Document reseller = get("reseller", "/tickets?folder=all");
		assertThat(reseller.select("#inQueue option").eachText()).containsExactly("Any", "Bluewave escalations");
		Document form = get("reseller", "/customers/100003/tickets/new");
		assertThat(form.select("#queueId option").eachText()).containsExactly("No: keep it in my folder",
				"Bluewave escalations");

		// the operator's manager sends a Bluewave customer's task to the operator's own queue
		String number = create("reseller", "100003", "Porting out to another carrier", null);
		assertThat(mvc.post().uri("/tickets/" + number + "/moves/dispatch")
			.param("queueId", data.queue("Porting desk").toString()).with(agents.as("manager")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		Document ticket = get("reseller", "/tickets/" + number);
		assertThat(ticket.selectFirst("#details-queue").text()).isEqualTo("An internal queue");
		assertThat(ticket.selectFirst("#history tr[data-action=DISPATCHED]").text())
			.contains("Queue - → An internal queue");
		Element row = get("reseller", "/tickets?folder=open").selectFirst("tr[data-ticket=" + number + "]");
		assertThat(row.selectFirst(".sb-queue").text()).isEqualTo("An internal queue");
		assertThat(ticket.outerHtml() + row.outerHtml()).doesNotContain("Porting desk");
		assertThat(mvc.get().uri("/tickets?queue=" + data.queue("Porting desk")).with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		// and it cannot send one there itself
		String own = create("reseller", "100003", "Another porting question", null);
		MvcTestResult refused = mvc.post().uri("/tickets/" + own + "/moves/dispatch")
			.param("queueId", data.queue("Porting desk").toString()).with(agents.as("reseller")).with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(refused).selectFirst("#form-dispatch #move-queue + .invalid-feedback").text())
			.isEqualTo("There is no such queue for this customer (or it is no longer used).");
	}
}
