package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTests {

	static final List<String> US_AND_RU = List.of("US", "RU");

	@ParameterizedTest
	@ValueSource(strings = { "+1 (202) 555-0143", "2025550143", "202-555-0143", "+12025550143", "001 202 555 0143" })
	void americanNumbersInAnyCommonFormatReadAsOneE164(String typed) {
		assertThat(Msisdn.parseAll(typed, US_AND_RU)).containsExactly(new Msisdn("+12025550143"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "8 916 123-45-67", "89161234567", "+7 916 1234567", "+7 (916) 123-45-67" })
	void russianNumbersInAnyCommonFormatReadAsOneE164(String typed) {
		assertThat(Msisdn.parseAll(typed, US_AND_RU)).containsExactly(new Msisdn("+79161234567"));
	}

	@Test
	void aNationalNumberIsReadOnlyInTheRegionsGiven() {
		assertThat(Msisdn.parseAll("8 916 123-45-67", List.of("US"))).isEmpty();
		assertThat(Msisdn.parseAll("9161234567", List.of("RU"))).containsExactly(new Msisdn("+79161234567"));
	}

	@Test
	void garbageIsNoNumber() {
		assertThat(Msisdn.parseAll("12", US_AND_RU)).isEmpty();
		assertThat(Msisdn.parseAll("'; drop table line_service; --", US_AND_RU)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Msisdn("2025550143"));
	}

	@Test
	void internationalFormatIsForReading() {
		assertThat(new Msisdn("+79161234567").international()).isEqualTo("+7 916 123-45-67");
		assertThat(new Msisdn("+12025550143").region()).isEqualTo("US");
	}

	@Test
	void aPhoneFieldReadsAsOneNumberOrSaysWhyNot() {
		assertThat(Msisdn.read("8 916 123-45-67", US_AND_RU).number()).isEqualTo(new Msisdn("+79161234567"));
		assertThat(Msisdn.read("555", US_AND_RU).problem()).isEqualTo(Msisdn.Reading.Problem.NOT_A_NUMBER);
		assertThat(Msisdn.read("1".repeat(41), US_AND_RU).problem()).isEqualTo(Msisdn.Reading.Problem.NOT_A_NUMBER);
		assertThat(Msisdn.read(null, US_AND_RU).problem()).isEqualTo(Msisdn.Reading.Problem.NOT_A_NUMBER);
	}

	@Test
	void anEmailAddressNeedsADomainWithADot() {
		assertThat(EmailAddress.isValid("jane.doe@example.com")).isTrue();
		assertThat(EmailAddress.isValid("jane@localhost")).isFalse();
		assertThat(EmailAddress.isValid("jane doe@example.com")).isFalse();
		assertThat(EmailAddress.isValid("<script>@example.com")).isFalse();
		assertThat(EmailAddress.isValid("a@" + "b".repeat(250) + ".com")).isFalse();
	}

	@Test
	void aKeyInAnAddressIsAUuidOrNothing() {
		assertThat(Ids.parseOrNull("0193a1b2-0000-7000-8000-00000000a001")).isNotNull();
		assertThat(Ids.parseOrNull("not-a-uuid")).isNull();
		assertThat(Ids.parseOrNull("0193a1b2-0000-7000-8000-00000000a001'--")).isNull();
		assertThat(Ids.parseOrNull(null)).isNull();
	}

	@Test
	void innCheckDigitsAreChecked() {
		assertThat(Inn.isValid("7709123453")).isTrue();
		assertThat(Inn.isValid("7709123454")).isFalse();
		assertThat(Inn.isValid("500100732259")).isTrue();
		assertThat(Inn.isValid("500100732258")).isFalse();
		assertThat(Inn.isValid(Inn.withCheckDigits("770912345"))).isTrue();
		assertThat(Inn.isValid(Inn.withCheckDigits("5001007322"))).isTrue();
		assertThat(new Inn("7709123453").isLegalEntity()).isTrue();
	}

	@Test
	void imeiAndIccidCarryALuhnCheckDigit() {
		assertThat(Imei.parseOrNull("35-693803-564380-9")).isEqualTo(new Imei("356938035643809", Imei.Kind.IMEI));
		assertThat(Imei.parseOrNull("356938035643808")).isNull();
		assertThat(Imei.parseOrNull("a1b2c3d4")).isEqualTo(new Imei("A1B2C3D4", Imei.Kind.ESN));
		assertThat(Iccid.parseOrNull("8901 4103 2111 1851 0720")).isEqualTo(new Iccid("89014103211118510720"));
		assertThat(Iccid.parseOrNull("89014103211118510721")).isNull();
		assertThat(Luhn.checkDigit("35693803564380")).isEqualTo(9);
	}

	@Test
	void moneyKeepsItsCurrencyAndScale() {
		assertThat(Money.of("10.5", "USD")).isEqualTo(Money.of("10.5000", "USD"));
		assertThat(Money.of("10", "USD").plus(Money.of("2.25", "USD"))).isEqualTo(Money.of("12.25", "USD"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "RUB")));
	}

	@Test
	void aScopeAllowsOnlyItsPartners() {
		java.util.UUID mine = java.util.UUID.randomUUID();
		assertThat(PartnerScope.of(List.of(mine)).allows(mine)).isTrue();
		assertThat(PartnerScope.of(List.of(mine)).allows(java.util.UUID.randomUUID())).isFalse();
		assertThat(PartnerScope.EVERYONE.allows(java.util.UUID.randomUUID())).isTrue();
	}
}
