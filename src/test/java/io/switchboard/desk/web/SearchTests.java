package io.switchboard.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.TestLogins;
import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The agent's first move: find the caller by whatever the caller says, in any common format. */
@SwitchboardApplicationTest
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	MvcTestResult search(String as, String q) {
		return mvc.get().uri("/search").param("q", q).with(agents.as(as)).exchange();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1 (202) 555-0143", "(202) 555-0143", "2025550143", "202-555-0143", "+12025550143",
			"100001", "1000001", "356938035643809", "89014103211118510720", "JANE.DOE@example.com" })
	void anyIdentifierOfJaneOpensHer360Directly(String q) {
		assertThat(search("agent", q)).hasStatus3xxRedirection().hasRedirectedUrl("/customers/100001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "8 916 123-45-67", "89161234567", "+7 916 1234567", "+79167654321", "100002",
			"Д-2024-0001", "д 2024/0001", "7709123453" })
	void anyIdentifierOfRomashkaOpensIts360Directly(String q) {
		assertThat(search("agent", q)).hasStatus3xxRedirection().hasRedirectedUrl("/customers/100002");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jane Doe", "doe jane", "Jane Q. Doe", "JANE Q DOE", "do ja" })
	void janeIsFoundByNameInAnyOrderAndCase(String q) {
		MvcTestResult result = search("agent", q);
		assertThat(result).hasStatusOk().bodyText().contains("Jane Q. Doe").contains("100001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ромашка", "ромашка", "ООО Ромашка", "РОМАШ", "Romashka" })
	void romashkaIsFoundByNameInCyrillic(String q) {
		assertThat(search("agent", q)).hasStatusOk().bodyText().contains("ООО «Ромашка»").contains("100002");
	}

	@Test
	void resultsShowPartnerMainNumberStatusAndTheMatchedField() {
		assertThat(search("agent", "Jane Doe")).hasStatusOk().bodyText()
			.contains("+1 202-555-0143")
			.contains("Active")
			.contains("Name");
	}

	@Test
	void anUnknownNumberSaysNothingWasFound() {
		assertThat(search("agent", "+1 (212) 555-0100")).hasStatusOk().bodyText().contains("No customer found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "'", "\"", "%%%_", "' or '1'='1", "\"; drop table customer; --", "Robert'); --" })
	void wildcardsAndQuotesAreSearchedForNotExecuted(String q) {
		assertThat(search("agent", q)).hasStatusOk().bodyText().doesNotContain("Jane Q. Doe");
	}

	@Test
	void markupIsEscapedInTheResultsPage() throws Exception {
		MvcTestResult result = search("agent", "<script>alert('x')</script>");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("<script>alert('x')</script>")
			.contains("&lt;script&gt;");
	}

	@Test
	void aThousandCharactersAreRefusedInWords() {
		assertThat(search("agent", "a".repeat(1000))).hasStatusOk().bodyText().contains("too long");
	}

	@Test
	void typeAheadStartsAtTheThirdCharacter() {
		assertThat(mvc.get().uri("/search/suggest").param("q", "Do").with(agents.as("agent")).exchange())
			.hasStatusOk().bodyText().isBlank();
		assertThat(mvc.get().uri("/search/suggest").param("q", "Jane Do").with(agents.as("agent")).exchange())
			.hasStatusOk().bodyText().contains("Jane Q. Doe");
	}

	@Test
	void searchingInRussianSpeaksRussian() {
		assertThat(mvc.get().uri("/search").param("q", "несуществующийклиент").with(agents.as("operator.ru"))
			.exchange()).hasStatusOk().bodyText().contains("Клиенты не найдены");
	}
}
