package io.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.partner.PartnerRule;
import org.junit.jupiter.api.Test;

/** What a partner's SECRET_VERIFICATION_* rule asks of a caller, as a policy. */
class RequiredVerificationTests {

	@Test
	void thePinSatisfiesEveryRuleTheDateOfBirthOnlyTheLenientOneAndAnUnverifiedCallerOnlyNone() {
		assertThat(RequiredVerification.PIN.satisfiedBy(VerificationMethod.PIN)).isTrue();
		assertThat(RequiredVerification.PIN.satisfiedBy(VerificationMethod.DOB_ID)).isFalse();
		assertThat(RequiredVerification.PIN.satisfiedBy(null)).isFalse();
		assertThat(RequiredVerification.PIN_OR_DOB_ID.satisfiedBy(VerificationMethod.PIN)).isTrue();
		assertThat(RequiredVerification.PIN_OR_DOB_ID.satisfiedBy(VerificationMethod.DOB_ID)).isTrue();
		assertThat(RequiredVerification.PIN_OR_DOB_ID.satisfiedBy(null)).isFalse();
		assertThat(RequiredVerification.NONE.satisfiedBy(null)).isTrue();
	}

	@Test
	void everyKindOfSecretHasARuleWhoseChoicesAreTheRequirementsAndAValueThatIsNoneOfThemIsTheStrictest() {
		for (SecretKind kind : SecretKind.values()) {
			assertThat(kind.rule().choices()).containsExactly("PIN", "PIN_OR_DOB_ID", "NONE");
			assertThat(RequiredVerification.of(kind.rule().defaultValue())).isEqualTo(RequiredVerification.PIN_OR_DOB_ID);
		}
		assertThat(RequiredVerification.of("pin_or_whatever")).isEqualTo(RequiredVerification.PIN);
		assertThat(PartnerRule.SECRET_VERIFICATION_PIN_PUK.problemWith("NONE")).isNull();
	}
}
