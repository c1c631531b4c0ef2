package io.switchboard.line;

import io.switchboard.support.SwitchboardApplicationTest;
import static io.switchboard.line.TestAgents.as;
import static io.switchboard.line.TestAgents.operatorAgent;
import static io.switchboard.line.TestAgents.otherOperatorAgent;
import static io.switchboard.line.TestAgents.resellerAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.balance.BalanceImport;
import io.switchboard.balance.BalanceImport.NewBucket;
import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.balance.BucketType;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.SecretKind;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.partner.PartnerRule;
import io.switchboard.line.LineTestData.Holder;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.shared.PartnerScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The line page on the whole application and the real database: every route, the audit trail, the
 * balance module's panels with the built-in OCS, and a reseller kept out of other partners' lines.
 */
@SwitchboardApplicationTest
class LinePageApplicationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditApi audit;

	@Autowired
	LineDetails details;

	@Autowired
	InteractionApi interactions;

	LineTestData data;

	PartnerView operator;

	PartnerView reseller;

	Holder jane;

	UUID line;

	String mdn;

	@BeforeEach
	void janesLine(@Autowired PartnerApi partners, @Autowired CustomerImport customers, @Autowired CatalogApi catalog,
			@Autowired LineImport lines, @Autowired BalanceImport balances,
			@Autowired TransactionTemplate transactions) {
		data = new LineTestData(partners, customers, catalog, lines, balances, transactions);
		operator = data.partner(PartnerType.OPERATOR, null);
		reseller = data.partner(PartnerType.RESELLER, operator.id());
		jane = data.customer(operator.id(), "Jane", "Doe");
		mdn = LineTestData.usNumber();
		line = data.line(jane, data.plan("Unlimited Talk & Text", "UNL_TT_5G").code()).mdn(mdn).save();
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		Instant end = Instant.parse("2026-12-01T00:00:00Z");
		data.balances(new NewLineBalances(line, Money.of("12.50", "USD"), end, List.of(),
				List.of(new NewBucket(Ids.next(), BucketType.DATA, "MB", 10240L, 6963, start, end, "PLAN")), List.of(),
				Instant.parse("2026-11-20T10:00:00Z")));
	}

	String url(String rest) {
		return "/lines/" + line + rest;
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace('\u202f', ' '));
	}

	@Test
	void theLinePageAndItsPanelsShowTheStoredLine() throws Exception {
		MvcTestResult page = mvc.get().uri(url("")).with(as(operatorAgent())).exchange();

		assertThat(page).hasStatusOk();
		Document html = html(page);
		assertThat(html.selectFirst("#line-number").text()).isEqualTo(new io.switchboard.shared.Msisdn(mdn).international());
		assertThat(html.selectFirst("#line-plan-name").text()).isEqualTo("Unlimited Talk & Text");
		assertThat(html.selectFirst("#line-customer").attr("href")).isEqualTo("/customers/" + jane.customerNumber());
		assertThat(html.selectFirst("#line-contract").text()).isEqualTo(jane.contractNumber());
		assertThat(html.selectFirst("#secret-puk1 .sb-secret").text()).isEqualTo("••••");
		assertThat(page).bodyText().doesNotContain("12345678").doesNotContain("s3cret-Pass");

		Document balances = html(mvc.get().uri(url("/balances")).header("HX-Request", "true")
			.with(as(operatorAgent())).exchange());
		assertThat(balances.selectFirst("#balance-main").text()).isEqualTo("$12.50");
		assertThat(balances.selectFirst("[data-bucket=DATA] .sb-bucket-figure").text()).isEqualTo("3.2 GB left of 10 GB");

		Document ocs = html(mvc.get().uri(url("/ocs")).header("HX-Request", "true").with(as(operatorAgent()))
			.exchange());
		assertThat(ocs.selectFirst("#ocs-simulated").text()).isEqualTo("Simulated OCS");
		assertThat(ocs.selectFirst("#ocs-network-status").text()).isIn("Registered in the network",
				"Not registered (phone off or out of coverage)");
	}

	/** The operator agent's call with Jane, Jane having said her care PIN. */
	InteractionView janeVerified() {
		data.carePin(jane, "7531");
		InteractionView call = interactions.start(jane.customerNumber(), Channel.PHONE, Direction.IN, operatorAgent());
		return interactions.verifyByPin(call.number(), "7531", operatorAgent()).interaction();
	}

	@Test
	void aLineOfACarrierNotEnabledOnTheOcsNeverOffersIt() throws Exception {
		UUID elsewhere = data.line(jane, data.plan("Roaming partner plan", "RP_10").code()).carrier("T-Mobile").save();

		Document balances = html(mvc.get().uri("/lines/" + elsewhere + "/balances").header("HX-Request", "true")
			.with(as(operatorAgent())).exchange());
		assertThat(balances.select("#view-ocs")).isEmpty();
		Document ocs = html(mvc.get().uri("/lines/" + elsewhere + "/ocs").header("HX-Request", "true")
			.with(as(operatorAgent())).exchange());
		assertThat(ocs.selectFirst("#ocs-live").attr("data-outcome")).isEqualTo("NOT_SERVED");
		assertThat(ocs.select("#ocs-network-status")).isEmpty();
	}

	@Test
	void aLineOfACarrierTheOcsServesOffersIt() throws Exception {
		Document balances = html(mvc.get().uri(url("/balances")).header("HX-Request", "true")
			.with(as(operatorAgent())).exchange());

		assertThat(balances.selectFirst("#view-ocs").attr("hx-get")).isEqualTo(url("/ocs"));
	}

	@Test
	void revealingAPukIsAuditedRecordedOnTheCallAndTheActivityShowsIt() throws Exception {
		InteractionView call = janeVerified();

		MvcTestResult revealed = mvc.post().uri(url("/secrets/puk1")).header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(revealed).hasStatusOk().hasHeader("HX-Trigger", "audit-changed").bodyText().contains("12345678");
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("LINE_SECRET_REVEALED"));
		assertThat(interactions.get(call.number(), PartnerScope.EVERYONE).reveals()).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(SecretKind.PIN_PUK);
			assertThat(r.secret()).isEqualTo("PUK1");
			assertThat(r.subject()).isEqualTo(mdn);
			assertThat(r.byName()).isEqualTo("Anna Agent");
		});
		Document activity = html(mvc.get().uri(url("/activity")).header("HX-Request", "true")
			.with(as(operatorAgent())).exchange());
		assertThat(activity.selectFirst("#line-activity-list").text()).contains("Viewed a secret code")
			.contains("by Anna Agent").contains("PUK1").doesNotContain("12345678");
	}

	@Test
	void aPukIsNotReadOutWithoutACallAndThePageSaysWhy() throws Exception {
		MvcTestResult refused = mvc.post().uri(url("/secrets/puk1")).header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().doesNotContain("12345678");
		Document answer = html(refused);
		assertThat(answer.selectFirst(".sb-reveal-reason").text()).isEqualTo("Start the call and verify the caller first: "
				+ "reading this out needs the care PIN, or the date of birth and the last 4 digits of an identity document.");
		assertThat(answer.selectFirst(".sb-reveal-verify")).as("no call to verify yet").isNull();
		assertThat(answer.selectFirst("#show-puk1")).as("the agent can try again").isNotNull();
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).isEmpty();
	}

	@Test
	void onAnUnverifiedCallThePageOffersToVerifyTheCallerAndThenReadsThePukOut() throws Exception {
		InteractionView call = interactions.start(jane.customerNumber(), Channel.PHONE, Direction.IN, operatorAgent());

		Document refused = html(mvc.post().uri(url("/secrets/puk1")).header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange());
		assertThat(refused.selectFirst(".sb-reveal-reason").text()).startsWith("Verify the caller first:");
		assertThat(refused.selectFirst(".sb-reveal-verify").attr("hx-get"))
			.isEqualTo("/interactions/" + call.number() + "/verify");
		assertThat(refused.selectFirst(".sb-reveal-verify").attr("href"))
			.isEqualTo("/interactions/" + call.number() + "/verify?back=" + url(""));

		MvcTestResult withoutJavaScript = mvc.post().uri(url("/secrets/password")).with(as(operatorAgent()))
			.with(csrf()).exchange();
		assertThat(withoutJavaScript).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(withoutJavaScript).selectFirst("#secret-password .sb-reveal-reason").text())
			.startsWith("Verify the caller first:");
		assertThat(withoutJavaScript).bodyText().doesNotContain("s3cret-Pass");

		interactions.verifyByDetails(call.number(), java.time.LocalDate.of(1980, 5, 17), "0000", operatorAgent());
		assertThat(mvc.post().uri(url("/secrets/puk1")).header("HX-Request", "true").with(as(operatorAgent()))
			.with(csrf()).exchange()).as("wrong details verify nothing").hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void aPartnerThatAsksForThePinRefusesACallerVerifiedByDateOfBirthAndItsResellersInheritTheRule(
			@Autowired PartnerApi partners) throws Exception {
		partners.setRule(operator.id(), PartnerRule.SECRET_VERIFICATION_PIN_PUK, "PIN", "test");
		Holder carl = data.customer(reseller.id(), "Carl", "Mendes", "498760042");
		UUID carlsLine = data.line(carl, data.plan("Reseller 10", "RS10").code()).save();
		InteractionView call = interactions.start(carl.customerNumber(), Channel.PHONE, Direction.IN, operatorAgent());
		interactions.verifyByDetails(call.number(), java.time.LocalDate.of(1980, 5, 17), "0042", operatorAgent());

		Document refused = html(mvc.post().uri("/lines/" + carlsLine + "/secrets/puk1").header("HX-Request", "true")
			.with(as(operatorAgent())).with(csrf()).exchange());
		MvcTestResult password = mvc.post().uri("/lines/" + carlsLine + "/secrets/password")
			.header("HX-Request", "true").with(as(operatorAgent())).with(csrf()).exchange();

		assertThat(refused.selectFirst(".sb-reveal-reason").text()).isEqualTo(
				"The caller was verified by date of birth and document, but reading this out needs the care PIN.");
		assertThat(password).as("the service password keeps the default rule").hasStatusOk().bodyText()
			.contains("s3cret-Pass");
	}

	@Test
	void aPartnerThatAsksForNoVerificationLetsTheCodeOutWithoutACall(@Autowired PartnerApi partners) {
		partners.setRule(operator.id(), PartnerRule.SECRET_VERIFICATION_PIN_PUK, "NONE", "test");

		assertThat(mvc.post().uri(url("/secrets/pin1")).header("HX-Request", "true").with(as(operatorAgent()))
			.with(csrf()).exchange()).hasStatusOk().bodyText().contains("1234");
	}

	MockMvcRequestBuilder saveUser(Actor agent, long version, String fullName, String email) {
		return mvc.post().uri(url("/user")).with(as(agent)).with(csrf())
			.param("version", String.valueOf(version))
			.param("fullName", fullName)
			.param("dateOfBirth", "2010-02-03")
			.param("phone", "8 916 123-45-67")
			.param("email", email);
	}

	@Test
	void twoAgentsEditingTheQuestionnaireNeverOverwriteEachOther() throws Exception {
		long opened = details.userSheet(line, PartnerScope.EVERYONE).version();

		assertThat(saveUser(otherOperatorAgent(), opened, "Tom Doe", "tom@example.org").exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl(url(""));
		MvcTestResult second = saveUser(operatorAgent(), opened, "Thomas Doe", "thomas@example.org").exchange();

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		Document form = html(second);
		assertThat(form.selectFirst("#line-user-conflict").text()).contains("boris.agent saved changes at")
			.contains("tom@example.org");
		assertThat(form.selectFirst("input[name=fullName]").val()).isEqualTo("Thomas Doe");
		var saved = details.userSheet(line, PartnerScope.EVERYONE);
		assertThat(saved.user().fullName()).isEqualTo("Tom Doe");
		assertThat(saved.user().phone()).isEqualTo("+79161234567");
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).singleElement()
			.satisfies(e -> assertThat(e.actorUsername()).isEqualTo("boris.agent"));

		assertThat(saveUser(operatorAgent(), saved.version(), "Thomas Doe", "thomas@example.org").exchange())
			.as("saving again, on purpose, from what is saved now").hasStatus3xxRedirection();
		assertThat(details.userSheet(line, PartnerScope.EVERYONE).user().fullName()).isEqualTo("Thomas Doe");
	}

	@Test
	void aResellerCannotReachAnotherPartnersLineByAnyRoute() {
		Actor rita = resellerAgent(reseller.id());
		for (String path : List.of("", "/activity", "/balances", "/ocs", "/user", "/user/edit")) {
			assertThat(mvc.get().uri(url(path)).with(as(rita)).exchange()).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(mvc.post().uri(url("/secrets/pin1")).with(as(rita)).with(csrf()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(saveUser(rita, 0, "Mallory", "m@example.org").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).isEmpty();
		assertThat(details.userSheet(line, PartnerScope.EVERYONE).user().fullName()).isNull();
	}

	@Test
	void aResellerSeesItsOwnCustomersLine() {
		Holder carl = data.customer(reseller.id(), "Carlos", "Mendes");
		UUID own = data.line(carl, data.plan("Reseller 10", "RS10").code()).save();
		Actor rita = resellerAgent(reseller.id());

		assertThat(mvc.get().uri("/lines/" + own).with(as(rita)).exchange()).hasStatusOk().bodyText()
			.contains("Carlos Mendes");
		assertThat(mvc.get().uri("/lines/" + own + "/balances").with(as(rita)).exchange()).hasStatusOk();
	}
}
