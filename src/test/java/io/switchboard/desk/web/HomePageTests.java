package io.switchboard.desk.web;

import static io.switchboard.line.TestAgents.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.switchboard.customer.CustomerApi;
import io.switchboard.support.DeskSlice;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.customer.CustomerType;
import io.switchboard.desk.search.QueryClassifier;
import io.switchboard.line.LineApi;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.platform.codes.Names;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketFolderCount;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Where each agent lands: a care agent on the customers it opened last and how to find a caller; a
 * back-office agent or a manager on its ticket folders and queues, with how many tickets each holds.
 */
@WebMvcTest(HomeController.class)
@DeskSlice
class HomePageTests {

	static final PartnerView OPERATOR = new PartnerView(UUID.randomUUID(), "SWITCHBOARD", "Switchboard Mobile",
			PartnerType.OPERATOR, null, List.of("US"), "USD", ZoneId.of("America/New_York"));

	static final Actor CARE_AGENT = staff("agent", "AGENT");
	static final Actor BACK_OFFICE = staff("backoffice", "BACKOFFICE");
	static final Actor MANAGER = staff("manager", "AGENT", "MANAGER");

	static final UUID BILLING_QUEUE = UUID.randomUUID();

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CustomerApi customers;

	@MockitoBean
	LineApi lines;

	@MockitoBean
	PartnerApi partners;

	@MockitoBean
	TicketApi tickets;

	static Actor staff(String username, String... roles) {
		return new Actor(UUID.nameUUIDFromBytes(username.getBytes()), username, username, OPERATOR.id(),
				PartnerScope.EVERYONE, Set.of(roles));
	}

	static CustomerSummary customer(String number, String name) {
		return new CustomerSummary(UUID.nameUUIDFromBytes(number.getBytes()), number, name, CustomerType.INDIVIDUAL,
				CustomerStatus.ACTIVE, OPERATOR.id());
	}

	Document home(Actor actor) throws Exception {
		return Jsoup.parse(mvc.get().uri("/").with(as(actor)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	void folders(Actor actor) {
		given(tickets.folders(actor)).willReturn(List.of(
				new TicketFolderCount("NEW", null, null, 2, "/tickets?folder=new"),
				new TicketFolderCount("OPEN", null, null, 5, "/tickets?folder=open"),
				new TicketFolderCount("WAITING", null, null, 1, "/tickets?folder=waiting"),
				new TicketFolderCount("EXPIRED_1", null, null, 0, "/tickets?folder=expired-1"),
				new TicketFolderCount("EXPIRED_2", null, null, 3, "/tickets?folder=expired-2"),
				new TicketFolderCount("CLOSED", null, null, 12, "/tickets?folder=closed"),
				new TicketFolderCount("QUEUE", BILLING_QUEUE, Names.of("en", "Billing back office", "ru", "Отдел расчётов"), 4,
						"/tickets?queue=" + BILLING_QUEUE)));
	}

	@Test
	void recentlyOpenedListsTheCustomersInTheOrderTheAgentOpenedThemWithTheirMainNumbers() throws Exception {
		CustomerSummary carlos = customer("100003", "Carlos Mendes");
		CustomerSummary jane = customer("100001", "Jane Q. Doe");
		given(customers.recentlyOpened(any(), eq(HomeController.RECENT))).willReturn(List.of(carlos, jane));
		given(lines.mainMdns(anyCollection())).willReturn(Map.of(carlos.id(), "+13055550199", jane.id(), "+12025550143"));
		given(partners.findAll(anyCollection())).willReturn(Map.of(OPERATOR.id(), OPERATOR));

		Document page = home(CARE_AGENT);

		assertThat(page.select("#recent tbody tr").eachText()).containsExactly(
				"Carlos Mendes 100003 Switchboard Mobile +1 305-555-0199 Active",
				"Jane Q. Doe 100001 Switchboard Mobile +1 202-555-0143 Active");
		assertThat(page.select("#recent tbody a").eachAttr("href")).containsExactly("/customers/100003",
				"/customers/100001");
	}

	@Test
	void aCareAgentLandsOnHowToFindTheCallerNotOnTickets() throws Exception {
		Document page = home(CARE_AGENT);

		assertThat(page.select("#home-search-help")).hasSize(1);
		assertThat(page.select("#home-folders, #home-queues")).isEmpty();
		verify(tickets, never()).folders(any());
	}

	@Test
	void aBackOfficeAgentLandsOnItsFoldersAndQueuesWithTheirCounts() throws Exception {
		folders(BACK_OFFICE);

		Document page = home(BACK_OFFICE);

		assertThat(page.select("#home-search-help")).isEmpty();
		assertThat(page.select("#home-folders .sb-home-folder").eachText()).containsExactly("2 New", "5 Open", "1 Waiting",
				"0 Expired 1", "3 Expired 2", "12 Closed (30 days)");
		assertThat(page.selectFirst("#home-folder-OPEN").attr("href")).isEqualTo("/tickets?folder=open");
		assertThat(page.selectFirst("#home-folder-NEW").hasClass("sb-home-folder-alert")).isTrue();
		assertThat(page.selectFirst("#home-folder-EXPIRED_1").hasClass("sb-home-folder-alert")).isFalse();
		assertThat(page.select("#home-queues a").eachText()).containsExactly("Billing back office 4");
		assertThat(page.selectFirst("#home-queue-" + BILLING_QUEUE).attr("href"))
			.isEqualTo("/tickets?queue=" + BILLING_QUEUE);
	}

	@Test
	void aManagerLandsOnItsFoldersAndQueuesToo() throws Exception {
		folders(MANAGER);

		Document page = home(MANAGER);

		assertThat(page.select("#home-folders .sb-home-folder")).hasSize(6);
		assertThat(page.select("#home-queues a")).hasSize(1);
		assertThat(page.select("#home-search-help")).isEmpty();
	}

	@Test
	void aBackOfficeAgentInNoQueueIsToldSo() throws Exception {
		given(tickets.folders(BACK_OFFICE)).willReturn(List.of(new TicketFolderCount("NEW", null, null, 0,
				"/tickets?folder=new")));

		assertThat(home(BACK_OFFICE).selectFirst("#home-queues").text()).contains("You are not in any queue.");
	}

	@Test
	void theSearchBoxTakesNoMoreThanSearchAccepts() throws Exception {
		assertThat(home(CARE_AGENT).selectFirst("#global-search").attr("maxlength"))
			.isEqualTo(String.valueOf(QueryClassifier.MAX_LENGTH));
	}
}
