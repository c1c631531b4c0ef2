package io.switchboard.line.domain;

import io.switchboard.partner.PartnerRule;

/** The operator's back offices a line page links to, each configured per partner as a URL template. */
public enum BackOffice {

	/** Mobile number portability. */
	MNP(PartnerRule.BACKOFFICE_LINK_MNP),
	/** Network and service provisioning (features). */
	CSM(PartnerRule.BACKOFFICE_LINK_CSM),
	/** Customer-care back office. */
	CCBO(PartnerRule.BACKOFFICE_LINK_CCBO),
	/** Handset information and settings. */
	TELINFO(PartnerRule.BACKOFFICE_LINK_TELINFO);

	private final PartnerRule rule;

	BackOffice(PartnerRule rule) {
		this.rule = rule;
	}

	PartnerRule rule() {
		return rule;
	}
}
