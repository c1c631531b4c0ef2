package io.switchboard.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerRuleTests {

	@Test
	void valuesAreCheckedAgainstTheRulesType() {
		assertThat(PartnerRule.TICKET_EXPIRY_DAYS.problemWith("30")).isNull();
		assertThat(PartnerRule.TICKET_EXPIRY_DAYS.problemWith("thirty")).isEqualTo("not a whole number");
		assertThat(PartnerRule.TICKET_EXPIRY_DAYS.problemWith("")).isEqualTo("empty");
		assertThat(PartnerRule.BACKOFFICE_LINK_MNP.problemWith("https://mnp.example/{mdn}")).isNull();
		assertThat(PartnerRule.BACKOFFICE_LINK_MNP.problemWith("javascript:alert(1)")).isEqualTo("not an http(s) URL");
		assertThat(PartnerRule.BACKOFFICE_LINK_MNP.problemWith("")).as("an empty template hides the link").isNull();
	}

	@Test
	void aChoiceRuleTakesOnlyOneOfItsChoices() {
		assertThat(PartnerRule.SECRET_VERIFICATION_PIN_PUK.problemWith("PIN")).isNull();
		assertThat(PartnerRule.SECRET_VERIFICATION_IDENTITY_DOCUMENT.problemWith("PIN_OR_DOB_ID")).isNull();
		assertThat(PartnerRule.SECRET_VERIFICATION_SERVICE_PASSWORD.problemWith("pin"))
			.isEqualTo("not one of PIN, PIN_OR_DOB_ID, NONE");
		assertThat(PartnerRule.SECRET_VERIFICATION_PIN_PUK.problemWith("")).isEqualTo("empty");
		assertThat(PartnerRule.SECRET_VERIFICATION_PIN_PUK.defaultValue()).isEqualTo("PIN_OR_DOB_ID");
	}
}
