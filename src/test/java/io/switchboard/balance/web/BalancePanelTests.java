package io.switchboard.balance.web;

import static io.switchboard.line.TestAgents.as;
import static io.switchboard.line.TestAgents.operatorAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.BucketType;
import io.switchboard.balance.BucketView;
import io.switchboard.balance.LineBalances;
import io.switchboard.balance.ocs.NetworkStatus;
import io.switchboard.balance.ocs.OcsLookup;
import io.switchboard.balance.ocs.OcsReading;
import io.switchboard.balance.ocs.OcsSettings;
import io.switchboard.balance.ocs.OcsUnavailable;
import io.switchboard.balance.ocs.OnlineChargingSystem;
import io.switchboard.catalog.LineType;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineStatus;
import io.switchboard.line.LineSummary;
import io.switchboard.support.DeskSlice;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/** The balance panels of the line page: what is left, in numbers and bars, and the OCS's live view. */
@WebMvcTest(BalanceController.class)
@DeskSlice
@Import({ BalanceFormat.class, OcsLookup.class, BalancePanelTests.Config.class })
class BalancePanelTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
	static final Instant STORED_AT = Instant.parse("2026-11-20T10:00:00Z");
	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
	static final UUID LINE_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000a001");

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Bean
		OcsSettings ocsSettings() {
			return new OcsSettings("simulated", List.of("T-Mobile"),
					new OcsSettings.Http(null, Duration.ofSeconds(1), Duration.ofSeconds(2)));
		}
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	LineApi lines;

	@MockitoBean
	BalanceApi balances;

	@MockitoBean
	OnlineChargingSystem ocs;

	static LineSummary aLine(String carrier, String mdn) {
		return new LineSummary(LINE_ID, UUID.randomUUID(), UUID.randomUUID(), LineType.MOBILE, mdn, carrier,
				LineStatus.ACTIVE, null, START, "UNL-TALK", START, "Apple", "iPhone 15");
	}

	static LineBalances stored() {
		return new LineBalances(LINE_ID, Money.of("12.50", "USD"), END,
				List.of(new LineBalances.Additional("Top-up bonus", Money.of("5.00", "USD"), END),
						new LineBalances.Additional("Welcome credit", Money.of("2.00", "USD"),
								Instant.parse("2026-11-10T00:00:00Z"))),
				List.of(new BucketView(BucketType.MINUTES, "MIN", null, 120, START, END, "PLAN"),
						new BucketView(BucketType.TEXTS, "SMS", 100L, 100, START, END, "PLAN"),
						new BucketView(BucketType.DATA, "MB", 10240L, 6963, START, END, "PLAN")),
				List.of(new LineBalances.Accumulator("Roaming data", new BigDecimal("150.0000"), "MB", START, END),
						new LineBalances.Accumulator("Premium numbers", new BigDecimal("3.9900"), "USD", START, END)),
				STORED_AT);
	}

	@BeforeEach
	void aVisibleLineOnTMobile() {
		given(lines.find(eq(LINE_ID), any())).willReturn(Optional.of(aLine("T-Mobile", "+12025550143")));
		given(balances.balances(LINE_ID)).willReturn(stored());
		given(ocs.simulated()).willReturn(true);
	}

	MvcTestResult get(String what) {
		return mvc.get().uri("/lines/{id}/" + what, LINE_ID).header("HX-Request", "true").with(as(operatorAgent()))
			.exchange();
	}

	/** The answer as a document; the narrow no-break space the JDK puts before AM/PM read as a space. */
	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace('\u202f', ' '));
	}

	static Element bucket(Element root, BucketType type) {
		return root.selectFirst("[data-bucket=" + type + "]");
	}

	@Test
	void bucketsShowWhatIsLeftInNumbersAndAsBars() throws Exception {
		MvcTestResult result = get("balances");

		assertThat(result).hasStatusOk();
		Element panel = html(result).selectFirst("#balance-buckets");
		Element data = bucket(panel, BucketType.DATA);
		assertThat(data.selectFirst(".sb-bucket-figure").text()).isEqualTo("3.2 GB left of 10 GB");
		assertThat(data.selectFirst(".progress").attr("aria-valuenow")).isEqualTo("32");
		assertThat(data.selectFirst(".progress-bar").attr("style")).isEqualTo("width: 32%");
		assertThat(data.selectFirst(".progress-bar").hasClass("bg-success")).isTrue();
		assertThat(data.text()).contains("Plan, renews Dec 1, 2026");
		Element minutes = bucket(panel, BucketType.MINUTES);
		assertThat(minutes.selectFirst(".sb-bucket-figure").text()).isEqualTo("Unlimited (120 min used)");
		Element texts = bucket(panel, BucketType.TEXTS);
		assertThat(texts.selectFirst(".sb-bucket-figure").text()).isEqualTo("Used up: all 100 texts gone");
		assertThat(texts.selectFirst(".sb-bucket-figure").hasClass("text-danger")).isTrue();
		assertThat(texts.selectFirst(".progress").hasClass("sb-exhausted")).isTrue();
	}

	@Test
	void aBucketSaysWhereItComesFromInWordsNotAsAStoredCode() throws Exception {
		given(balances.balances(LINE_ID)).willReturn(new LineBalances(LINE_ID, null, null, List.of(),
				List.of(new BucketView(BucketType.DATA, "MB", 10240L, 0, START, END, "PLAN US-POST-ESS"),
						new BucketView(BucketType.MINUTES, "MIN", 100L, 0, START, END, "FEATURE HOTSPOT10"),
						new BucketView(BucketType.TEXTS, "SMS", 100L, 0, START, END, "LOYALTY 2026")),
				List.of(), STORED_AT));

		Element english = html(get("balances")).selectFirst("#balance-buckets");
		assertThat(bucket(english, BucketType.DATA).text()).contains("Plan US-POST-ESS, renews Dec 1, 2026")
			.doesNotContain("PLAN");
		assertThat(bucket(english, BucketType.MINUTES).text()).contains("Service HOTSPOT10, renews");
		assertThat(bucket(english, BucketType.TEXTS).text()).as("a kind nobody named reads as stored")
			.contains("LOYALTY 2026, renews");

		Element russian = html(mvc.get().uri("/lines/{id}/balances", LINE_ID).header("HX-Request", "true")
			.with(as(operatorAgent(), "ru", "Europe/Moscow")).exchange()).selectFirst("#balance-buckets");
		assertThat(bucket(russian, BucketType.DATA).text()).contains("Тариф US-POST-ESS, обновится");
	}

	@Test
	void prepaidInformationShowsTheMainAndAdditionalBalancesAndTheAccumulators() throws Exception {
		Document panel = html(get("balances"));

		assertThat(panel.selectFirst("#balance-main").text()).isEqualTo("$12.50");
		assertThat(panel.selectFirst("#balance-prepaid").text()).contains("valid until Dec 1, 2026");
		List<String> additional = panel.select("#balance-additional li").eachText();
		assertThat(additional.get(0)).contains("$5.00").contains("Top-up bonus").contains("valid until Dec 1, 2026");
		assertThat(additional.get(1)).contains("$2.00").contains("expired Nov 10, 2026");
		assertThat(panel.selectFirst("#balance-accumulators").text()).contains("Roaming data").contains("150 MB")
			.contains("Premium numbers").contains("$3.99");
		assertThat(panel.selectFirst("#balance-stored-at").text()).isEqualTo("Stored values from Nov 20, 2026, 10:00 AM UTC.");
	}

	@Test
	void aPostpaidLineSaysItHasNoPrepaidBalance() throws Exception {
		given(balances.balances(LINE_ID)).willReturn(new LineBalances(LINE_ID, null, null, List.of(), List.of(),
				List.of(), null));

		Document panel = html(get("balances"));

		assertThat(panel.selectFirst("#balance-prepaid").text()).contains("No prepaid balance on this line (postpaid).");
		assertThat(panel.selectFirst("#balance-buckets").text()).contains("No minutes, texts or data allowances.");
	}

	@Test
	void theOcsIsOfferedForTheCarriersItServesAndSaysWhenItIsTheSimulator() throws Exception {
		Element button = html(get("balances")).selectFirst("#view-ocs");
		assertThat(button.attr("hx-get")).isEqualTo("/lines/" + LINE_ID + "/ocs");
		assertThat(button.attr("hx-target")).isEqualTo("#ocs-view");
		assertThat(button.text()).contains("View OCS CSR").contains("Simulated OCS");

		given(lines.find(eq(LINE_ID), any())).willReturn(Optional.of(aLine("Verizon", "+12025550143")));
		assertThat(html(get("balances")).select("#view-ocs")).isEmpty();
	}

	@Test
	void theLiveViewShowsTheNetworkStatusAndWhatIsLeftNowLabelledAsTheSimulator() throws Exception {
		given(ocs.read(any())).willReturn(Optional.of(new OcsReading(NetworkStatus.ATTACHED, true,
				Instant.parse("2026-11-22T09:45:00Z"), Money.of("11.75", "USD"), END,
				List.of(new BucketView(BucketType.DATA, "MB", 10240L, 7987, START, END, "PLAN")), NOW)));

		MvcTestResult result = get("ocs");

		assertThat(result).hasStatusOk();
		Document view = html(result);
		assertThat(view.selectFirst("#ocs-simulated").text()).isEqualTo("Simulated OCS");
		assertThat(view.selectFirst("#ocs-network-status").text()).isEqualTo("Registered in the network");
		assertThat(view.text()).contains("Roaming").contains("Nov 22, 2026, 9:45 AM UTC");
		assertThat(view.selectFirst("#ocs-main-balance").text()).isEqualTo("$11.75");
		assertThat(bucket(view, BucketType.DATA).selectFirst(".sb-bucket-figure").text())
			.isEqualTo("2.2 GB left of 10 GB");
		assertThat(view.selectFirst("#ocs-as-of").text()).isEqualTo("Live values as of Nov 22, 2026, 10:00 AM UTC.");
	}

	@Test
	void whenTheOcsDoesNotAnswerThePageSaysSoAndShowsTheStoredValues() throws Exception {
		given(ocs.read(any())).willThrow(new OcsUnavailable(OcsUnavailable.Reason.TIMEOUT, null));

		MvcTestResult result = get("ocs");

		assertThat(result).hasStatusOk();
		Document view = html(result);
		assertThat(view.selectFirst("#ocs-unavailable").text())
			.contains("The OCS is not answering; showing stored values from Nov 20, 2026, 10:00 AM UTC.")
			.contains("It did not answer in time.");
		assertThat(bucket(view, BucketType.DATA).selectFirst(".sb-bucket-figure").text())
			.isEqualTo("3.2 GB left of 10 GB");
		assertThat(view.text()).contains("$12.50");
	}

	@Test
	void whenTheBreakerIsOpenThePageSaysWhyInWords() throws Exception {
		given(ocs.read(any())).willThrow(new OcsUnavailable(OcsUnavailable.Reason.CIRCUIT_OPEN, null));

		assertThat(html(get("ocs")).selectFirst("#ocs-unavailable").text())
			.contains("The OCS is not answering")
			.contains("stops asking it for a short while");
	}

	@Test
	void theOcsSpeaksRussianToo() throws Exception {
		given(ocs.read(any())).willThrow(new OcsUnavailable(OcsUnavailable.Reason.ERROR, null));

		MvcTestResult result = mvc.get().uri("/lines/{id}/ocs", LINE_ID).param("lang", "ru")
			.with(as(operatorAgent())).exchange();

		assertThat(html(result).selectFirst("#ocs-unavailable").text()).contains("OCS не отвечает")
			.contains("Система ответила ошибкой.");
	}

	@Test
	void aNumberTheOcsDoesNotKnowIsSaidInWords() throws Exception {
		given(ocs.read(any())).willReturn(Optional.empty());

		assertThat(html(get("ocs")).text()).contains("The OCS does not know this number.");
	}

	@Test
	void aLineWithoutANumberIsNotLookedUp() throws Exception {
		given(lines.find(eq(LINE_ID), any())).willReturn(Optional.of(aLine("T-Mobile", null)));

		assertThat(html(get("ocs")).text()).contains("This line has no number to look up in the OCS.");
		verify(ocs, never()).read(any());
	}

	@Test
	void aLineTheAgentMayNotSeeIsNotFoundAndNothingIsRead() {
		given(lines.find(eq(LINE_ID), any())).willReturn(Optional.empty());

		assertThat(get("balances")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("ocs")).hasStatus(HttpStatus.NOT_FOUND);
		verify(balances, never()).balances(any());
		verify(ocs, never()).read(any());
	}

	@Test
	void anAddressThatIsNotALineIdIsNotFound() {
		assertThat(mvc.get().uri("/lines/{id}/balances", "12345").with(as(operatorAgent())).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/lines/{id}/ocs", "not-a-line").with(as(operatorAgent())).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}
}
