package io.switchboard.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.agent.Role;
import io.switchboard.customer.CustomerImport;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketTestData;
import io.switchboard.ticket.TicketView;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The folders as agents see them: who finds a ticket where (the creator keeps its task in sight after
 * someone takes it; an answer waits for the customer in Answered; the customer's reply waits for the
 * agent who answered in Waiting), the navbar's count and every count in words with plurals in both
 * languages, overdue and stuck tickets flagged with how late they are, the queue view's heading, and
 * the 360's five service requests.
 */
@SwitchboardApplicationTest
class TicketFoldersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	TicketApi tickets;

	@Autowired
	TicketAdmin admin;

	@Autowired
	AgentApi agentApi;

	@Autowired
	CustomerImport customers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	TicketTestData data;

	@BeforeEach
	void testData() {
		data = new TicketTestData(tickets, admin, customers, transactions, users);
	}

	Document get(String login, String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(agents.as(login)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	Element row(String login, String folder, TicketView ticket) throws Exception {
		return get(login, "/tickets?folder=" + folder).selectFirst("tr[data-ticket=" + ticket.number() + "]");
	}

	/** An agent of the operator of its own, so the folders it sees hold only what the test gives it. */
	String aFreshAgent(String language) {
		String username = "folders." + UUID.randomUUID().toString().substring(0, 8);
		UUID operator = data.actor("agent").partnerId();
		agentApi.create(new NewAgent(Ids.next(), username, "Fresh " + username, username, operator, Set.of(Role.AGENT),
				language, "UTC", Money.of("100", "USD")));
		return username;
	}

	@Test
	void aTaskTakenFromTheQueueStaysInItsCreatorsOpenFolderShowingItsOwner() throws Exception {
		TicketView taken = data.aTicket().createdBy("agent").dispatchedTo("Billing back office")
			.takenBy("backoffice").create();

		Element mine = row("agent", "open", taken);
		assertThat(mine).as("in the creator's Open folder").isNotNull();
		assertThat(mine.selectFirst(".sb-owner").text()).isEqualTo("Casey Brooks");
		assertThat(row("backoffice", "open", taken)).as("and in the taker's").isNotNull();
	}

	@Test
	void anAnsweredTicketWaitsForTheCustomerInAnsweredAndTheReplyWaitsForTheAnswererInWaiting() throws Exception {
		TicketView answered = data.aTicket().createdBy("agent").dispatchedTo("Billing back office")
			.takenBy("backoffice").answeredBy("backoffice", "We refunded the charge").create();

		assertThat(row("backoffice", "answered", answered)).isNotNull();
		assertThat(row("backoffice", "waiting", answered)).isNull();

		TicketView replied = tickets.customerReplied(answered.number(), answered.version(), "It is still on my bill",
				data.actor("agent"));

		Element waiting = row("backoffice", "waiting", replied);
		assertThat(waiting).as("the reply waits for the agent who answered").isNotNull();
		assertThat(waiting.selectFirst(".sb-replied").text()).startsWith("The customer replied");
		assertThat(waiting.selectFirst(".sb-ticket-status").attr("data-status")).isEqualTo("OPEN");
		assertThat(row("backoffice", "answered", replied)).isNull();
		assertThat(row("backoffice", "new", replied)).isNull();
		assertThat(row("backoffice", "open", replied)).isNull();
		assertThat(row("agent", "waiting", replied)).as("not the creator's to answer").isNull();
		assertThat(row("agent", "open", replied).selectFirst(".sb-owner").text()).isEqualTo("Casey Brooks");

		TicketView again = tickets.answer(replied.number(), replied.version(), "Refunded today",
				data.actor("backoffice"));
		assertThat(row("backoffice", "waiting", again)).isNull();
		assertThat(row("backoffice", "answered", again)).isNotNull();
	}

	@Test
	void theDemosBackOfficeFindsACustomersReplyWaitingInItsWaitingFolder() throws Exception {
		Element reply = get("backoffice", "/tickets?folder=waiting").select("tr[data-ticket]").stream()
			.filter(row -> row.text().contains("Нет мобильного интернета на основном номере"))
			.findFirst()
			.orElse(null);

		assertThat(reply).as("Ромашка's reply to the back office's answer").isNotNull();
		assertThat(reply.selectFirst(".sb-replied").text()).startsWith("The customer replied");
	}

	@Test
	void theNavbarCountsTheNewTicketsInWordsForScreenReaders() throws Exception {
		String fresh = aFreshAgent("en");
		assertThat(navCount(fresh)).as("no badge without new tickets").isNull();

		assign(fresh);
		Element one = navCount(fresh);
		assertThat(one.selectFirst("[aria-hidden]").text()).isEqualTo("1");
		assertThat(one.selectFirst(".visually-hidden").text()).isEqualTo("1 new ticket assigned to you");

		assign(fresh);
		assign(fresh);
		Element three = navCount(fresh);
		assertThat(three.selectFirst("[aria-hidden]").text()).isEqualTo("3");
		assertThat(three.attr("title")).isEqualTo("3 new tickets assigned to you");
		assertThat(get(fresh, "/tickets?folder=new").selectFirst("#folder-new .badge").text()).isEqualTo("3");
	}

	@Test
	void russianCountsFollowRussianPluralRules() throws Exception {
		String fresh = aFreshAgent("ru");
		assign(fresh);
		assertThat(navCount(fresh).attr("title")).isEqualTo("1 новая заявка назначена вам");
		assign(fresh);
		assertThat(navCount(fresh).attr("title")).isEqualTo("2 новые заявки назначены вам");
		for (int k = 0; k < 3; k++) {
			assign(fresh);
		}
		assertThat(navCount(fresh).attr("title")).isEqualTo("5 новых заявок назначено вам");
		assertThat(get(fresh, "/tickets?folder=new").selectFirst("#folder-count").text()).isEqualTo("5 заявок");
	}

	@Test
	void theFoldersCountInWords() throws Exception {
		String word = "Plural" + UUID.randomUUID().toString().substring(0, 8);
		data.aTicket().about("Counting " + word).create();
		assertThat(get("agent", "/tickets?folder=all&q=" + word).selectFirst("#folder-count").text())
			.isEqualTo("1 ticket");
		assertThat(get("operator.ru", "/tickets?folder=all&q=" + word).selectFirst("#folder-count").text())
			.isEqualTo("1 заявка");
		data.aTicket().about("Counting again " + word).create();
		assertThat(get("agent", "/tickets?folder=all&q=" + word).selectFirst("#folder-count").text())
			.isEqualTo("2 tickets");
		assertThat(get("operator.ru", "/tickets?folder=all&q=" + word).selectFirst("#folder-count").text())
			.isEqualTo("2 заявки");
	}

	@Test
	void anOverdueTicketIsFlaggedWithHowLateItIsInEveryFolderAndOnItsPage() throws Exception {
		TicketView late = data.aTicket().createdBy("agent").create();
		dueAgo(late, Duration.ofDays(2).plusHours(3).plusMinutes(10));

		Element open = row("agent", "open", late);
		assertThat(open.selectFirst(".sb-overdue").text()).isEqualTo("Overdue by 2 days, 3 hours");
		assertThat(open.selectFirst(".sb-stuck")).as("overdue, not stuck").isNull();
		assertThat(get("agent", "/tickets?folder=all&q=" + late.number()).selectFirst(".sb-overdue").text())
			.isEqualTo("Overdue by 2 days, 3 hours");
		assertThat(get("agent", "/tickets/" + late.number()).selectFirst("#ticket-overdue").text())
			.startsWith("This ticket is overdue by 2 days, 3 hours: it was due ");
		assertThat(get("operator.ru", "/tickets/" + late.number()).selectFirst("#ticket-overdue").text())
			.startsWith("Заявка просрочена на 2 дня 3 часа");
		assertThat(get("agent", "/customers/100002/tickets").selectFirst("tr[data-ticket=" + late.number() + "] .sb-overdue"))
			.isNotNull();

		TicketView onTime = data.aTicket().createdBy("agent").create();
		assertThat(row("agent", "open", onTime).selectFirst(".sb-overdue")).isNull();
		assertThat(get("agent", "/tickets/" + onTime.number()).selectFirst("#ticket-overdue")).isNull();
	}

	@Test
	void aStuckTicketSaysWhyItIsStuck() throws Exception {
		QueueView queue = aQueue("Stuck tests");
		TicketView waitingTooLong = data.aTicket().dispatchedTo(queue.id()).create();
		dueAgo(waitingTooLong, Duration.ofHours(5));
		Document view = get("backoffice", "/tickets?queue=" + queue.id());

		Element notTaken = view.selectFirst("tr[data-ticket=" + waitingTooLong.number() + "]");
		assertThat(notTaken.selectFirst(".sb-stuck-queue").text()).isEqualTo("Stuck: not taken from the queue by its due time");
		assertThat(notTaken.selectFirst(".sb-stuck-moved")).isNull();
		assertThat(notTaken.selectFirst(".sb-overdue").text()).isEqualTo("Overdue by 5 hours");

		TicketView movedAround = data.aTicket().dispatchedTo(queue.id()).create();
		UUID other = data.queue("Technical support");
		for (int k = 0; k < 2; k++) {
			movedAround = tickets.forward(movedAround.number(), movedAround.version(), other, "Theirs",
					data.actor("manager"));
			movedAround = tickets.forward(movedAround.number(), movedAround.version(), queue.id(), "No, yours",
					data.actor("manager"));
		}
		Element moved = get("backoffice", "/tickets?queue=" + queue.id())
			.selectFirst("tr[data-ticket=" + movedAround.number() + "]");
		assertThat(moved.selectFirst(".sb-stuck-moved").text()).isEqualTo("Stuck: moved 4 times");
		assertThat(moved.selectFirst(".sb-stuck-queue")).isNull();
		assertThat(moved.selectFirst(".sb-overdue")).isNull();
		assertThat(get("backoffice", "/tickets/" + movedAround.number()).selectFirst("#ticket-stuck-moved").text())
			.startsWith("This ticket is stuck: it has been moved 4 times (forwarded 4, returned 0).");
	}

	@Test
	void theQueueViewIsHeadedWithTheQueuesName() throws Exception {
		QueueView queue = aQueue("Heading tests");
		assertThat(get("backoffice", "/tickets?queue=" + queue.id()).selectFirst("#folder-title").text())
			.isEqualTo("Queue: " + queue.name(Locale.ENGLISH));
		assertThat(get("backoffice", "/tickets").select("#queues a").eachText())
			.anyMatch(link -> link.startsWith(queue.name(Locale.ENGLISH)));
	}

	@Test
	void serviceRequestsShowTheFiveOpenTicketsCriticalFirstThenMostRecentlyUpdated() throws Exception {
		String customer = data.aCustomer().ofPartnerOf("agent").named("Sergei", "Panel").create();
		List<TicketView> made = new ArrayList<>();
		List<Priority> priorities = List.of(Priority.LOW, Priority.CRITICAL, Priority.MEDIUM, Priority.HIGH,
				Priority.CRITICAL, Priority.LOW, Priority.MEDIUM);
		for (int k = 0; k < priorities.size(); k++) {
			made.add(data.aTicket().forCustomer(customer).priority(priorities.get(k)).about("Request " + (k + 1))
				.create());
		}
		// the oldest becomes the most recently updated of the rest; the sixth is closed
		tickets.update(made.get(0).number(), null, new TicketChange("Request 1, edited", null, null, null),
				data.actor("agent"));
		tickets.close(made.get(5).number(), null, "EXPLAINED", null, data.actor("agent"));

		Document panel = get("agent", "/customers/" + customer + "/panels/service-requests");

		assertThat(panel.select("#service-requests li a.fw-semibold").eachText()).containsExactly("Request 5",
				"Request 2", "Request 1, edited", "Request 7", "Request 4");
		assertThat(panel.selectFirst("#service-requests-all").text()).isEqualTo("All tickets (6 open)");
		assertThat(get("operator.ru", "/customers/" + customer + "/panels/service-requests")
			.selectFirst("#service-requests-all").text()).isEqualTo("Все заявки (6 открытых)");
	}

	private Element navCount(String login) throws Exception {
		return get(login, "/tickets/count").selectFirst("#ticket-new-count");
	}

	/** A manager gives this agent a new ticket. */
	private void assign(String login) {
		data.aTicket().createdBy("manager").assignedTo(login, "manager").create();
	}

	private QueueView aQueue(String name) {
		return data.aQueue(name).withMembers("backoffice").create();
	}

	/** Moves the due time into the past (the SLA counts from creation, which only the clock sets). */
	private void dueAgo(TicketView ticket, Duration late) {
		jdbc.sql("update ticket set due_at = :due where number = :number")
			.param("due", Timestamp.from(Instant.now().minus(late)))
			.param("number", ticket.number())
			.update();
	}
}
