package io.switchboard.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionFilter;
import io.switchboard.interaction.InteractionTestData;
import io.switchboard.interaction.InteractionView;
import io.switchboard.shared.Actor;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interaction bar, the wrap-up form, the Interactions tab and the interaction's page, as the
 * desk's htmx asks for them (and without JavaScript), in English and Russian, within the partner scope.
 */
@SwitchboardApplicationTest
class InteractionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	InteractionApi interactions;

	@Autowired
	CustomerImport customerImport;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	InteractionTestData data;

	@BeforeEach
	void setUp() {
		data = new InteractionTestData(customerImport, transactions, users);
	}

	MvcTestResult htmxGet(String login, String uri) {
		return mvc.get().uri(uri).header("HX-Request", "true").with(logins.as(login)).exchange();
	}

	MockMvcRequestBuilder wrapUp(String login, InteractionView interaction, String reason, String code, String notes) {
		return mvc.post().uri("/interactions/" + interaction.number() + "/wrap-up").with(logins.as(login)).with(csrf())
			.param("version", String.valueOf(interaction.version()))
			.param("reason", reason)
			.param("wrapUpCode", code)
			.param("notes", notes);
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void openingACustomerFromSearchStartsNoCall() throws Exception {
		String customer = data.customerOf("agent");

		MvcTestResult found = mvc.get().uri("/search").param("q", customer).with(logins.as("agent")).exchange();
		MvcTestResult opened = mvc.get().uri("/customers/" + customer).with(logins.as("agent")).exchange();
		MvcTestResult bookmarked = mvc.get().uri("/customers/" + customer + "?from=search").with(logins.as("agent"))
			.exchange();

		assertThat(found).hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + customer);
		assertThat(opened).hasStatusOk();
		assertThat(bookmarked).hasStatusOk();
		assertThat(interactions.list(customer, InteractionFilter.ANY, 0, 20, data.actor("agent").scope()).total())
			.isZero();
		Document bar = html(htmxGet("agent", "/customers/" + customer + "/interaction"));
		assertThat(bar.selectFirst("#interaction-open")).isNull();
		assertThat(bar.selectFirst("#start-call").text()).isEqualTo("Start call");
	}

	@Test
	void theBarShowsTheCallInProgressWithAWrapUpButton() throws Exception {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		MvcTestResult bar = htmxGet("agent", "/customers/" + customer + "/interaction");

		assertThat(bar).hasStatusOk().bodyText().doesNotContain("<html");
		Document page = html(bar);
		assertThat(page.selectFirst("#interaction-open").text()).isEqualTo("Call in progress");
		assertThat(page.selectFirst("#interaction-number").text()).isEqualTo(call.number());
		assertThat(page.selectFirst("#interaction-since").text()).as("the time names the agent's zone")
			.matches("since .*\\d:\\d{2}\\h[AP]M\\h[A-Z]{2,5}");
		assertThat(page.selectFirst("#wrap-up").attr("hx-get")).isEqualTo("/interactions/" + call.number() + "/wrap-up");
		assertThat(page.selectFirst("#interaction-start")).isNull();
	}

	@Test
	void withoutAnOpenInteractionTheBarOffersToStartOneAndStartingItReloadsThePanels() throws Exception {
		String customer = data.customerOf("agent");
		Document idle = html(htmxGet("agent", "/customers/" + customer + "/interaction"));
		assertThat(idle.selectFirst("#interaction-start")).isNotNull();
		assertThat(idle.select("#interaction-channel option")).hasSize(Channel.values().length);

		MvcTestResult started = mvc.post().uri("/customers/" + customer + "/interactions").header("HX-Request", "true")
			.with(logins.as("agent")).with(csrf()).param("channel", "EMAIL").param("direction", "OUT").exchange();

		assertThat(started).hasStatusOk().hasHeader("HX-Trigger", "interactions-changed");
		assertThat(html(started).selectFirst("#interaction-open").text()).isEqualTo("E-mail contact open");
		InteractionView open = interactions.openWith(customer, data.actor("agent")).orElseThrow();
		assertThat(open.channel()).isEqualTo(Channel.EMAIL);
		assertThat(open.direction()).isEqualTo(Direction.OUT);
	}

	@Test
	void theWrapUpFormComesWithTheActiveCodesAndTheVersion() throws Exception {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		Document form = html(htmxGet("agent", "/interactions/" + call.number() + "/wrap-up"));

		assertThat(form.selectFirst("#wrap-up-form").attr("hx-post")).isEqualTo("/interactions/" + call.number() + "/wrap-up");
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(call.version()));
		assertThat(form.select("#wrap-up-code option")).extracting(o -> o.val())
			.contains("", "RESOLVED", "CALLBACK").doesNotContain("DROPPED");
		assertThat(form.select("#wrap-up-reasons option")).isNotEmpty();

		MvcTestResult page = mvc.get().uri("/interactions/" + call.number() + "/wrap-up").with(logins.as("agent"))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html").contains("id=\"wrap-up-form\"");
		assertThat(html(page).selectFirst("#wrap-up-form").hasAttr("hx-post")).isFalse();
	}

	@Test
	void aWrapUpWithoutReasonOrCodeComesBackWithMessagesNextToTheFields() throws Exception {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		MvcTestResult result = wrapUp("agent", call, " ", "", "x".repeat(4001)).header("HX-Request", "true").exchange();

		assertThat(result).hasStatusOk();
		Document form = html(result);
		assertThat(form.selectFirst("#wrap-up-reason").hasClass("is-invalid")).isTrue();
		assertThat(form.selectFirst("#wrap-up-reason-error").text()).isEqualTo("Say why the customer got in touch.");
		assertThat(form.selectFirst("#wrap-up-code-error").text()).isEqualTo("Choose a wrap-up code from the list.");
		assertThat(form.selectFirst("#wrap-up-notes + .invalid-feedback").text()).isEqualTo("Use at most 4000 characters.");
		assertThat(interactions.get(call.number(), data.actor("agent").scope()).open()).isTrue();

		assertThat(wrapUp("agent", call, "", "", "").exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void theMessagesAreInRussianForARussianSpeakingAgent() throws Exception {
		String customer = data.customerOf("operator.ru");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("operator.ru"));

		Document form = html(wrapUp("operator.ru", call, "", "NOT_A_CODE", "").header("HX-Request", "true").exchange());

		assertThat(form.selectFirst("#wrap-up-reason-error").text()).isEqualTo("Укажите, почему клиент обратился.");
		assertThat(form.selectFirst("#wrap-up-code-error").text()).isEqualTo("Выберите код завершения из списка.");
		assertThat(form.selectFirst("#wrap-up-submit").text()).isEqualTo("Завершить");
	}

	@Test
	void aWrapUpEndsTheCallAndTellsThePanelsToReload() throws Exception {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		MvcTestResult result = wrapUp("agent", call, "Roaming", "RESOLVED", "Explained the rates.")
			.header("HX-Request", "true").exchange();

		assertThat(result).hasStatusOk().hasHeader("HX-Trigger", "interactions-changed");
		Document bar = html(result);
		assertThat(bar.selectFirst("#interaction-notice").text()).isEqualTo("Interaction " + call.number() + " wrapped up.");
		assertThat(bar.selectFirst("#interaction-start")).isNotNull();
		InteractionView ended = interactions.get(call.number(), data.actor("agent").scope());
		assertThat(ended.open()).isFalse();
		assertThat(ended.notes()).isEqualTo("Explained the rates.");
	}

	@Test
	void withoutJavaScriptAWrapUpGoesBackToTheInteractionsTab() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		MvcTestResult result = wrapUp("agent", call, "Roaming", "INFO_GIVEN", "").exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + customer + "?tab=interactions");
		assertThat(result).flash().containsEntry("notice", "Interaction " + call.number() + " wrapped up.");
	}

	@Test
	void aWrapUpOnTopOfSomeoneElsesChangeIsRefusedKeepingWhatWasTyped() throws Exception {
		String customer = data.customerOf("agent");
		Actor agent = data.actor("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);
		interactions.wrapUp(call.number(), new InteractionApi.WrapUp("Bill question", "RESOLVED", null), call.version(),
				data.actor("manager"));

		MvcTestResult result = wrapUp("agent", call, "Roaming", "CALLBACK", "Call back tomorrow")
			.header("HX-Request", "true").exchange();

		Document form = html(result);
		assertThat(form.selectFirst("#wrap-up-conflict").text()).startsWith("Jordan Reyes already wrapped this interaction up");
		assertThat(form.selectFirst("#wrap-up-reason").val()).isEqualTo("Roaming");
		assertThat(form.selectFirst("#wrap-up-notes").text()).isEqualTo("Call back tomorrow");
		assertThat(form.selectFirst("#wrap-up-submit")).isNull();
		assertThat(interactions.get(call.number(), agent.scope()).reason()).isEqualTo("Bill question");
		assertThat(wrapUp("agent", call, "Roaming", "CALLBACK", "").exchange()).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theTabListsInteractionsNewestFirstWithFilters() throws Exception {
		String customer = data.customerOf("agent");
		Actor agent = data.actor("agent");
		InteractionView chat = interactions.start(customer, Channel.CHAT, Direction.IN, agent);
		interactions.wrapUp(chat.number(), new InteractionApi.WrapUp("Roaming", "RESOLVED", "Rates explained"),
				chat.version(), agent);
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);

		Document tab = html(htmxGet("agent", "/customers/" + customer + "/interactions"));
		assertThat(tab.select("#interactions tbody tr")).extracting(r -> r.attr("data-number"))
			.containsExactly(call.number(), chat.number());
		var chatRow = tab.selectFirst("#interactions tr[data-number=" + chat.number() + "]");
		assertThat(chatRow.text()).contains("Chat").contains("Inbound").contains("Alex Morgan").contains("Roaming")
			.contains("Rates explained").contains("Resolved on first contact");
		assertThat(tab.selectFirst("#interaction-count").text()).isEqualTo("Total: 2");

		Document phones = html(htmxGet("agent", "/customers/" + customer + "/interactions?channel=PHONE&state=open"));
		assertThat(phones.select("#interactions tbody tr")).extracting(r -> r.attr("data-number"))
			.containsExactly(call.number());
		assertThat(phones.selectFirst("#filter-channel option[selected]").val()).isEqualTo("PHONE");
		assertThat(phones.selectFirst("#filter-reset")).isNotNull();

		Document none = html(htmxGet("agent", "/customers/" + customer + "/interactions?from=2001-01-01&to=2001-01-31"));
		assertThat(none.selectFirst("#no-interactions").text()).isEqualTo("No interactions match these filters.");

		assertThat(mvc.get().uri("/customers/" + customer + "/interactions").with(logins.as("agent")).exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + customer + "?tab=interactions");
	}

	@Test
	void theInteractionsPageShowsItsDetails() throws Exception {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		MvcTestResult page = mvc.get().uri("/interactions/" + call.number()).with(logins.as("agent")).exchange();

		assertThat(page).hasStatusOk();
		Document html = html(page);
		assertThat(html.selectFirst("#interaction-details").text()).contains("Olive Caller").contains("Phone")
			.contains("Alex Morgan");
		assertThat(html.selectFirst("#wrap-up")).isNotNull();
	}

	@Test
	void theHomePageListsTheInteractionsTheAgentLeftOpen() throws Exception {
		String customer = data.customerOf("manager");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("manager"));

		Document open = html(htmxGet("manager", "/interactions/open"));

		assertThat(open.select("#open-interactions a")).extracting(a -> a.text()).contains(call.number(), "Olive Caller");
	}

	@Test
	void aResellerAgentCannotSeeOrWrapUpAnotherPartnersInteraction() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("agent"));

		assertThat(mvc.get().uri("/interactions/" + call.number()).with(logins.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Interaction " + call.number() + " not found.");
		assertThat(htmxGet("reseller", "/interactions/" + call.number() + "/wrap-up")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(wrapUp("reseller", call, "Roaming", "RESOLVED", "").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(htmxGet("reseller", "/customers/" + customer + "/interactions")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(htmxGet("reseller", "/customers/" + customer + "/interaction")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(interactions.get(call.number(), data.actor("agent").scope()).open()).isTrue();
	}
}
