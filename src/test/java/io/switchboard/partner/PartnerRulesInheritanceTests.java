package io.switchboard.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner's rule: its own value, else its parent's, else the default; an empty link template hides the link. */
@SwitchboardApplicationTest
class PartnerRulesInheritanceTests {

	@Autowired
	PartnerApi partners;

	PartnerView partner(PartnerType type) {
		return partners.all().stream().filter(p -> p.type() == type && p.name().equals(switch (type) {
			case OPERATOR -> "Switchboard Mobile";
			case MVNO -> "Nimbus Mobile";
			case RESELLER -> "Bluewave Wireless";
		})).findFirst().orElseThrow();
	}

	@Test
	void aPartnerInheritsItsParentsLinksUnlessItHidesOrReplacesThem() {
		PartnerView operator = partner(PartnerType.OPERATOR);
		PartnerView mvno = partner(PartnerType.MVNO);
		assertThat(partners.rule(operator.id(), PartnerRule.BACKOFFICE_LINK_CSM)).isPresent();
		assertThat(partners.rule(mvno.id(), PartnerRule.BACKOFFICE_LINK_CSM)).as("hidden by an empty template").isEmpty();
		assertThat(partners.rule(mvno.id(), PartnerRule.BACKOFFICE_LINK_MNP))
			.isEqualTo(partners.rule(operator.id(), PartnerRule.BACKOFFICE_LINK_MNP));
		assertThat(partners.rule(mvno.id(), PartnerRule.BACKOFFICE_LINK_CCBO).orElseThrow()).contains("nimbus-mobile");
	}

	@Test
	void numberRulesFallBackToTheirDefault() {
		assertThat(partners.intRule(partner(PartnerType.RESELLER).id(),
				PartnerRule.DAYS_BEFORE_RENEWAL_TO_DISPLAY_LIFELINE_RECERTIFICATION_DATE)).isEqualTo(45);
		assertThat(partners.intRule(partner(PartnerType.OPERATOR).id(), PartnerRule.TICKET_EXPIRY_DAYS)).isEqualTo(30);
	}

	@Test
	void theResellersAgentsSeeOnlyTheirPartner() {
		PartnerView bluewave = partner(PartnerType.RESELLER);
		assertThat(partners.selfAndDescendants(bluewave.id())).containsExactly(bluewave.id());
		assertThat(partners.selfAndDescendants(partner(PartnerType.OPERATOR).id())).contains(bluewave.id());
	}
}
