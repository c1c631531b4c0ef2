package io.switchboard.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.shared.Actor;
import io.switchboard.support.Callers;
import io.switchboard.support.Callers.Called;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The customer module's forms and reveals as an agent meets them: the FLASH note form is a page of its
 * own when opened by its address, and a revealed document number takes the place of its mask and of
 * the Show button with it.
 */
@SwitchboardApplicationTest
class CustomerPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theFlashNoteFormOpenedByItsAddressIsAPageWithTheDesksLayout() throws Exception {
		MvcTestResult result = mvc.get().uri("/customers/100001/flash/new").with(agents.as("agent")).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.title()).isEqualTo("Add a FLASH note: Jane Q. Doe · Switchboard");
		assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
		assertThat(page.select("nav.sb-navbar #global-search")).hasSize(1);
		Element form = page.selectFirst("#flash-note-form");
		assertThat(form.attr("action")).isEqualTo("/customers/100001/flash");
		assertThat(form.hasAttr("hx-post")).as("a plain form on its own page").isFalse();
		assertThat(page.selectFirst("#flash-cancel").attr("href")).isEqualTo("/customers/100001");
		assertThat(page.selectFirst(".breadcrumb a").attr("href")).isEqualTo("/customers/100001");
	}

	@Test
	void inThe360TheFlashNoteFormOpensInPlace() throws Exception {
		MvcTestResult result = mvc.get().uri("/customers/100001/flash/new").header("HX-Request", "true")
			.with(agents.as("agent")).exchange();

		Document fragment = html(result);
		assertThat(fragment.select("nav.sb-navbar")).isEmpty();
		assertThat(fragment.selectFirst("#flash-note-form").attr("hx-post")).isEqualTo("/customers/100001/flash");
		assertThat(fragment.selectFirst("#flash-cancel").attr("hx-get")).isEqualTo("/customers/100001/flash/closed");
	}

	@Test
	void aFlashNoteWithMistakesPostedWithoutJavaScriptComesBackAsAPageWithTheMessageNextToTheField()
			throws Exception {
		MvcTestResult result = mvc.post().uri("/customers/100001/flash").param("body", " ").param("severity", "INFO")
			.with(agents.as("agent")).with(csrf()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("nav.sb-navbar")).hasSize(1);
		assertThat(page.selectFirst("#flash-body").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#flash-body + .invalid-feedback").text()).isEqualTo("Write the note.");
	}

	@Test
	void aRevealedDocumentNumberReplacesTheMaskAndItsShowButton(@Autowired CustomerImport customers,
			@Autowired InteractionApi interactions, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) throws Exception {
		Callers callers = new Callers(customers, interactions, transactions, users);
		Actor agent = callers.actor("agent");
		LocalDate born = LocalDate.of(1984, 2, 29);
		Called ann = callers.aPerson("Ann", "Shown", "agent").bornOn(born).withPassport("567812340").create();
		InteractionView call = callers.callFrom(ann, agent);
		interactions.verifyByDetails(call.number(), born, "2340", agent);
		Document panel = html(mvc.get().uri("/customers/" + ann.number() + "/panels/profile").header("HX-Request", "true")
			.with(agents.as("agent")).exchange());
		Element button = panel.selectFirst("button[hx-post*=/reveal]");
		Element target = panel.selectFirst(button.attr("hx-target"));

		assertThat(button.attr("hx-swap")).isEqualTo("outerHTML");
		assertThat(target.select(".sb-secret")).as("the mask is replaced").hasSize(1);
		assertThat(target.select("button")).as("and so is its Show button").containsExactly(button);

		MvcTestResult revealed = mvc.post().uri(button.attr("hx-post")).header("HX-Request", "true")
			.with(agents.as("agent")).with(csrf()).exchange();
		assertThat(html(revealed).select("button")).as("nothing left to show").isEmpty();
		assertThat(html(revealed).selectFirst(".sb-secret").text()).isEqualTo("567812340");
		interactions.wrapUp(call.number(), new InteractionApi.WrapUp("Passport read out", "RESOLVED", null),
				interactions.get(call.number(), agent.scope()).version(), agent);
	}

	@Test
	void theCustomersLanguageIsNamedInTheAgentsLanguage() throws Exception {
		Document russian = html(mvc.get().uri("/customers/100001/panels/profile").header("HX-Request", "true")
			.with(agents.as("operator.ru")).exchange());
		Document english = html(mvc.get().uri("/customers/100001/panels/profile").header("HX-Request", "true")
			.with(agents.as("agent")).exchange());

		assertThat(russian.select("dt:containsOwn(Язык) + dd").text()).isEqualTo("Английский");
		assertThat(english.select("dt:containsOwn(Language) + dd").text()).isEqualTo("English");
	}
}
