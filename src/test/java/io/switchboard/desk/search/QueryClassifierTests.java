package io.switchboard.desk.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desk.search.SearchQuery.Lookup;
import io.switchboard.desk.search.SearchQuery.Problem;
import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Msisdn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryClassifierTests {

	static final List<String> US_AND_RU = List.of("US", "RU");

	static SearchQuery classify(String typed) {
		return QueryClassifier.classify(typed, US_AND_RU);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1 (202) 555-0143", "(202) 555-0143", "202-555-0143", "+12025550143" })
	void phoneNumbersBecomeAnMdnLookup(String typed) {
		assertThat(classify(typed).lookups()).contains(new Lookup.ByPhone(Set.of(new Msisdn("+12025550143"))));
		assertThat(classify(typed).identifiersOnly()).isTrue();
	}

	@Test
	void tenBareDigitsAreTriedAsAPhoneAndAnAccountNumber() {
		assertThat(classify("2025550143").lookups()).containsExactly(
				new Lookup.ByPhone(Set.of(new Msisdn("+12025550143"))), new Lookup.ByAccountNumber("2025550143"));
	}

	@Test
	void russianNumbersAreReadInTheRussianRegion() {
		assertThat(classify("8 916 123-45-67").lookups())
			.contains(new Lookup.ByPhone(Set.of(new Msisdn("+79161234567"))));
		assertThat(QueryClassifier.classify("8 916 123-45-67", List.of("US")).lookups())
			.noneMatch(l -> l instanceof Lookup.ByPhone);
		assertThat(QueryClassifier.classify("8 (916) 1", List.of("US")).problem()).isEqualTo(Problem.NO_IDENTIFIER_SHAPE);
	}

	@Test
	void shortDigitStringsAreCustomerOrAccountNumbers() {
		assertThat(classify("100001").lookups()).containsExactly(new Lookup.ByCustomerNumber("100001"));
		assertThat(classify("1000001").lookups()).contains(new Lookup.ByCustomerNumber("1000001"),
				new Lookup.ByAccountNumber("1000001"));
	}

	@Test
	void deviceAndSimIdentifiersAreRecognisedByTheirCheckDigit() {
		assertThat(classify("356938035643809").lookups())
			.contains(new Lookup.ByEquipmentId(new Imei("356938035643809", Imei.Kind.IMEI)));
		assertThat(classify("89014103211118510720").lookups())
			.contains(new Lookup.ByIccid(new Iccid("89014103211118510720")));
		assertThat(classify("A1B2C3D4").lookups())
			.containsExactly(new Lookup.ByEquipmentId(new Imei("A1B2C3D4", Imei.Kind.ESN)));
	}

	@Test
	void anInnWithValidCheckDigitsIsATaxIdLookup() {
		assertThat(classify("7709123453").lookups()).contains(new Lookup.ByTaxId("7709123453"));
		assertThat(classify("7709123454").lookups()).doesNotContain(new Lookup.ByTaxId("7709123454"));
	}

	@Test
	void lettersWithDigitsAreAContractNumber() {
		assertThat(classify("Д-2024-0001").lookups()).containsExactly(new Lookup.ByContractNumber("Д-2024-0001"));
		assertThat(classify("C-2022-004512").lookups()).containsExactly(new Lookup.ByContractNumber("C-2022-004512"));
	}

	@Test
	void anythingWithAnAtSignIsAnEmail() {
		assertThat(classify("  Jane.Doe@Example.com ").lookups()).containsExactly(new Lookup.ByEmail("jane.doe@example.com"));
		assertThat(classify("@@").problem()).isEqualTo(Problem.NOTHING_SEARCHABLE);
	}

	@Test
	void namesIgnoreCaseOrderAndInitials() {
		assertThat(classify("DOE, Jane Q.").lookups()).containsExactly(new Lookup.ByName(List.of("doe", "jane")));
		assertThat(classify("ООО «Ромашка»").lookups()).containsExactly(new Lookup.ByName(List.of("ооо", "ромашка")));
		assertThat(classify("Сергей Фёдоров").lookups()).containsExactly(new Lookup.ByName(List.of("сергей", "федоров")));
		assertThat(classify("José O'Brien").lookups()).containsExactly(new Lookup.ByName(List.of("jose", "obrien")));
		assertThat(classify("Doe").identifiersOnly()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "'", "\"", "%_%", "';--", "<>" })
	void wildcardsQuotesAndMarkupAloneSearchNothing(String typed) {
		assertThat(classify(typed).problem()).isEqualTo(Problem.NOTHING_SEARCHABLE);
		assertThat(classify(typed).lookups()).isEmpty();
	}

	@Test
	void markupAroundWordsLeavesOnlyTheWords() {
		assertThat(classify("<script>alert(1)</script>").lookups())
			.containsExactly(new Lookup.ByName(List.of("script", "alert")));
	}

	@Test
	void tooLongOrEmptyIsAProblemNotAQuery() {
		assertThat(classify("x".repeat(1000)).problem()).isEqualTo(Problem.TOO_LONG);
		assertThat(classify("   ").problem()).isEqualTo(Problem.EMPTY);
		assertThat(classify(null).problem()).isEqualTo(Problem.EMPTY);
	}
}
