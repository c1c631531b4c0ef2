package io.switchboard.customer;

import io.switchboard.partner.PartnerRule;

/**
 * The kinds of secret an agent may read out to a caller, each with the partner rule that says how the
 * caller must have been verified first: a SIM's PIN and PUK codes, a line's service password, an identity
 * document's number.
 */
public enum SecretKind {

	PIN_PUK(PartnerRule.SECRET_VERIFICATION_PIN_PUK),
	SERVICE_PASSWORD(PartnerRule.SECRET_VERIFICATION_SERVICE_PASSWORD),
	IDENTITY_DOCUMENT(PartnerRule.SECRET_VERIFICATION_IDENTITY_DOCUMENT);

	private final PartnerRule rule;

	SecretKind(PartnerRule rule) {
		this.rule = rule;
	}

	/** The partner rule whose value is this kind's {@link RequiredVerification}. */
	public PartnerRule rule() {
		return rule;
	}
}
