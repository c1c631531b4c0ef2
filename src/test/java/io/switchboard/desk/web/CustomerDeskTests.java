package io.switchboard.desk.web;

import static io.switchboard.customer.CustomerFixtures.aCustomer;
import static io.switchboard.line.LineFixtures.aBroadbandLine;
import static io.switchboard.line.LineFixtures.aLine;
import static io.switchboard.line.TestAgents.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import io.switchboard.agent.AgentApi;
import io.switchboard.support.DeskSlice;
import io.switchboard.agent.AgentView;
import io.switchboard.balance.BalanceApi;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.FlashNoteView;
import io.switchboard.customer.Severity;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineSummary;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The 360's own panels as agents of different partners see them: business information only for a
 * reseller's agents and their own customers; the lines in service and lately cancelled, older ones
 * one click away; FLASH notes shown until the day the agent chose, wherever the reader is.
 */
@WebMvcTest(CustomerDesk.class)
@DeskSlice
@Import(CustomerDeskTests.Today.class)
class CustomerDeskTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	static final PartnerView OPERATOR = new PartnerView(UUID.randomUUID(), "SWITCHBOARD", "Switchboard Mobile",
			PartnerType.OPERATOR, null, List.of("US"), "USD", ZoneId.of("America/New_York"));
	static final PartnerView MVNO = new PartnerView(UUID.randomUUID(), "NIMBUS", "Nimbus Mobile", PartnerType.MVNO,
			OPERATOR.id(), List.of("US"), "USD", ZoneId.of("America/Chicago"));
	static final PartnerView BLUEWAVE = new PartnerView(UUID.randomUUID(), "BLUEWAVE", "Bluewave Wireless",
			PartnerType.RESELLER, OPERATOR.id(), List.of("US"), "USD", ZoneId.of("America/New_York"));
	/** A reseller beneath the MVNO: its customers are in the MVNO's scope too. */
	static final PartnerView CORNER_SHOP = new PartnerView(UUID.randomUUID(), "CORNER", "Corner Phone Shop",
			PartnerType.RESELLER, MVNO.id(), List.of("US"), "USD", ZoneId.of("America/Chicago"));

	static final AgentView JAMIE = new AgentView(UUID.randomUUID(), "jamie.rivera", "Jamie Rivera", BLUEWAVE.id(),
			Set.of(), "en", "America/New_York", null, true);

	static final CustomerHeader CARLOS = aCustomer().numbered("100003").named("Carlos Mendes").ofPartner(BLUEWAVE.id())
		.signedUpBy(JAMIE.id()).build();

	@TestConfiguration(proxyBeanMethods = false)
	static class Today {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CustomerApi customers;

	@MockitoBean
	PartnerApi partners;

	@MockitoBean
	AgentApi agents;

	@MockitoBean
	LineApi lines;

	@MockitoBean
	BalanceApi balances;

	@MockitoBean
	CatalogApi catalog;

	@MockitoBean
	InteractionApi interactions;

	static Actor agentOf(PartnerView partner, Set<UUID> scope) {
		return new Actor(UUID.nameUUIDFromBytes(partner.code().getBytes()), partner.code().toLowerCase() + ".agent",
				"Agent of " + partner.name(), partner.id(),
				partner.type() == PartnerType.OPERATOR ? PartnerScope.EVERYONE : PartnerScope.of(scope), Set.of("AGENT"));
	}

	static final Actor OPERATOR_AGENT = agentOf(OPERATOR, Set.of());
	static final Actor MVNO_AGENT = agentOf(MVNO, Set.of(MVNO.id(), CORNER_SHOP.id()));
	static final Actor BLUEWAVE_AGENT = agentOf(BLUEWAVE, Set.of(BLUEWAVE.id()));

	@BeforeEach
	void theDemoPartners() {
		for (PartnerView p : List.of(OPERATOR, MVNO, BLUEWAVE, CORNER_SHOP)) {
			given(partners.get(p.id())).willReturn(p);
			given(partners.find(p.id())).willReturn(Optional.of(p));
		}
		given(agents.find(JAMIE.id())).willReturn(Optional.of(JAMIE));
		given(balances.usage(anyCollection())).willReturn(Map.of());
		given(catalog.plans(anyCollection())).willReturn(Map.of());
	}

	void visible(CustomerHeader customer) {
		given(customers.get(eq(customer.customerNumber()), any())).willReturn(customer);
	}

	MvcTestResult get(String uri, Actor actor) {
		return get(uri, actor, "en", "UTC");
	}

	MvcTestResult get(String uri, Actor actor, String language, String zone) {
		return mvc.get().uri(uri).header("HX-Request", "true").with(as(actor, language, zone)).exchange();
	}

	/** The answer as a document; the narrow no-break spaces of the JDK's dates read as spaces. */
	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace('\u202f', ' '));
	}

	// ---- Business information

	@Test
	void aResellersAgentSeesWhoSoldItsCustomerAndWhichAgentSignedThemUp() throws Exception {
		visible(CARLOS);

		Document page = html(mvc.get().uri("/customers/100003").with(as(BLUEWAVE_AGENT)).exchange());
		assertThat(page.selectFirst("#panel-business").attr("hx-get")).isEqualTo("/customers/100003/panels/business");

		MvcTestResult panel = get("/customers/100003/panels/business", BLUEWAVE_AGENT);
		assertThat(panel).hasStatusOk();
		assertThat(html(panel).select("dt").eachText()).containsExactly("Sold by", "Network partner", "Signing agent",
				"Partner ID");
		assertThat(html(panel).select("dd").eachText()).containsExactly("Bluewave Wireless reseller",
				"Switchboard Mobile", "Jamie Rivera", "BLUEWAVE");
	}

	@Test
	void theOperatorsAgentDoesNotSeeAResellersBusinessInformation() throws Exception {
		visible(CARLOS);

		Document page = html(mvc.get().uri("/customers/100003").with(as(OPERATOR_AGENT)).exchange());
		assertThat(page.select("#panel-business")).isEmpty();

		assertThat(get("/customers/100003/panels/business", OPERATOR_AGENT)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Business information is shown only to agents of the reseller the customer belongs to.")
			.doesNotContain("Jamie Rivera");
	}

	@Test
	void anMvnosAgentDoesNotSeeTheBusinessInformationOfAResellerBeneathIt() throws Exception {
		CustomerHeader shopCustomer = aCustomer().numbered("100777").ofPartner(CORNER_SHOP.id()).build();
		visible(shopCustomer);

		assertThat(html(mvc.get().uri("/customers/100777").with(as(MVNO_AGENT)).exchange()).select("#panel-business"))
			.isEmpty();
		assertThat(get("/customers/100777/panels/business", MVNO_AGENT)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aResellersOwnCustomerWithoutASigningAgentSaysSo() throws Exception {
		visible(aCustomer().numbered("100004").ofPartner(BLUEWAVE.id()).build());

		assertThat(html(get("/customers/100004/panels/business", BLUEWAVE_AGENT)).select("dd").eachText())
			.contains("Not set");
	}

	// ---- Lines: in service and lately cancelled; older ones behind "show all"

	static final LineSummary ACTIVE = aLine().number("+12025550143").build();
	static final LineSummary SUSPENDED = aLine().number("+12025550144")
		.suspended("Lost phone", Instant.parse("2026-11-01T10:00:00Z")).build();
	static final LineSummary CANCELLED_LAST_MONTH = aLine().number("+12025550145")
		.cancelledOn(Instant.parse("2026-10-20T10:00:00Z")).build();
	/** Cancelled three months and a day before today (22 November): older than the 360 shows. */
	static final LineSummary CANCELLED_IN_AUGUST = aLine().number("+12025550146")
		.cancelledOn(Instant.parse("2026-08-21T10:00:00Z")).build();
	static final LineSummary CANCELLED_LAST_YEAR = aBroadbandLine()
		.cancelledOn(Instant.parse("2025-06-01T10:00:00Z")).build();

	void janesLines(LineSummary... all) {
		CustomerHeader jane = aCustomer().build();
		visible(jane);
		given(lines.linesOf(jane.id())).willReturn(List.of(all));
	}

	@Test
	void linesInServiceAndThoseCancelledInTheLastThreeMonthsAreShownOlderOnesAreOneClickAway() throws Exception {
		janesLines(CANCELLED_LAST_YEAR, ACTIVE, CANCELLED_IN_AUGUST, SUSPENDED, CANCELLED_LAST_MONTH);

		Document panel = html(get("/customers/100001/panels/lines", OPERATOR_AGENT));

		assertThat(panel.select("#lines tbody tr").eachAttr("id")).containsExactly("line-" + ACTIVE.id(),
				"line-" + SUSPENDED.id(), "line-" + CANCELLED_LAST_MONTH.id());
		assertThat(panel.selectFirst("#line-" + CANCELLED_LAST_MONTH.id()).text()).contains("Cancelled")
			.contains("since Oct 20, 2026");
		assertThat(panel.selectFirst("#show-all-lines").text())
			.isEqualTo("Show all lines (2 more, cancelled over three months ago)");
		assertThat(panel.selectFirst("#show-all-lines").attr("hx-get")).isEqualTo("/customers/100001/panels/lines?all=true");
		assertThat(panel.selectFirst("#show-all-lines").attr("hx-target")).isEqualTo("#panel-lines");
	}

	@Test
	void showAllListsEveryLineAndOffersToHideTheOldOnesAgain() throws Exception {
		janesLines(CANCELLED_LAST_YEAR, ACTIVE, CANCELLED_IN_AUGUST, SUSPENDED, CANCELLED_LAST_MONTH);

		Document panel = html(get("/customers/100001/panels/lines?all=true", OPERATOR_AGENT));

		assertThat(panel.select("#lines tbody tr")).hasSize(5);
		assertThat(panel.select("#lines tbody tr").eachAttr("id").subList(0, 2)).containsExactly("line-" + ACTIVE.id(),
				"line-" + SUSPENDED.id());
		assertThat(panel.select("#show-all-lines")).isEmpty();
		assertThat(panel.selectFirst("#show-current-lines").attr("hx-get")).isEqualTo("/customers/100001/panels/lines");
	}

	@Test
	void aCustomerWithOnlyOldCancelledLinesIsToldSoAndCanStillSeeThem() throws Exception {
		janesLines(CANCELLED_LAST_YEAR);

		Document panel = html(get("/customers/100001/panels/lines", OPERATOR_AGENT));

		assertThat(panel.select("#lines")).isEmpty();
		assertThat(panel.text()).contains("No lines in service or cancelled in the last three months.");
		assertThat(panel.select("#show-all-lines")).hasSize(1);
	}

	@Test
	void withNothingOldToHideThereIsNoShowAll() throws Exception {
		janesLines(ACTIVE, CANCELLED_LAST_MONTH);

		Document panel = html(get("/customers/100001/panels/lines", OPERATOR_AGENT));

		assertThat(panel.select("#lines tbody tr")).hasSize(2);
		assertThat(panel.select("#show-all-lines, #show-current-lines")).isEmpty();
	}

	// ---- FLASH notes

	@Test
	void aFlashNoteIsShownUntilTheDayTheAgentChoseWhereverTheReaderIs() throws Exception {
		CustomerHeader jane = aCustomer().build();
		visible(jane);
		// written by an agent in New York: it stops showing at midnight there, 05:00 UTC on 1 January
		given(customers.flashNotes(jane.id())).willReturn(List.of(new FlashNoteView(UUID.randomUUID(),
				"Disputes the March bill", Severity.WARNING, "Alex Morgan", NOW,
				Instant.parse("2027-01-01T05:00:00Z"), LocalDate.of(2026, 12, 31))));

		for (String zone : List.of("Pacific/Honolulu", "America/New_York", "UTC", "Europe/Moscow")) {
			Document panel = html(get("/customers/100001/panels/important", OPERATOR_AGENT, "en", zone));
			assertThat(panel.selectFirst(".sb-flash-until").text()).as(zone).isEqualTo("· shown until Dec 31, 2026");
		}
		Document russian = html(get("/customers/100001/panels/important", OPERATOR_AGENT, "ru", "Europe/Moscow"));
		assertThat(russian.selectFirst(".sb-flash-until").text()).isEqualTo("· показывается до 31 дек. 2026 г.");
	}

	@Test
	void aFlashNoteWithAnExpiryTimeOnlyShowsThatTimeInTheReadersZone() throws Exception {
		CustomerHeader jane = aCustomer().build();
		visible(jane);
		given(customers.flashNotes(jane.id())).willReturn(List.of(new FlashNoteView(UUID.randomUUID(),
				"Imported note", Severity.INFO, "Migration", NOW, Instant.parse("2027-01-01T05:00:00Z"), null)));

		Document panel = html(get("/customers/100001/panels/important", OPERATOR_AGENT, "en", "America/New_York"));

		assertThat(panel.selectFirst(".sb-flash-until").text()).isEqualTo("· shown until Jan 1, 2027, 12:00 AM EST");
	}
}
