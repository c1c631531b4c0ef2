package io.switchboard.customer.domain;

import io.switchboard.customer.CurrentCalls;
import io.switchboard.customer.CurrentCalls.CurrentCall;
import io.switchboard.customer.RequiredVerification;
import io.switchboard.customer.RevealRefused;
import io.switchboard.customer.SecretKind;
import io.switchboard.customer.SecretReveals;
import io.switchboard.partner.PartnerApi;
import io.switchboard.shared.Actor;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * May this agent read this secret out now? The customer's partner rule for the kind of secret says what
 * the caller must have proved ({@link RequiredVerification}); the agent's open call with the customer says
 * who is calling and how they proved it. A rule of {@code NONE} lets the secret out with or without a call;
 * anything else needs a call whose caller was verified in a way the rule accepts. An allowed reveal is
 * recorded on the call in the caller's transaction.
 *
 * <p>Why here: the rule is a partner's (which this module may read and the interaction module may not),
 * the secrets are this module's and the line module's (which may use this one but not the interaction
 * module), and the call is the interaction module's, which answers through this module's
 * {@link CurrentCalls} SPI. So every module keeps to its allowed dependencies.
 */
@Service
class SecretRevealPolicy implements SecretReveals {

	private final Customers customers;
	private final PartnerApi partners;
	private final ObjectProvider<CurrentCalls> calls;

	SecretRevealPolicy(Customers customers, PartnerApi partners, ObjectProvider<CurrentCalls> calls) {
		this.customers = customers;
		this.partners = partners;
		this.calls = calls;
	}

	@Override
	public RequiredVerification required(UUID customerId, SecretKind kind) {
		return required(customers.byId(customerId), kind);
	}

	private RequiredVerification required(Customer customer, SecretKind kind) {
		return RequiredVerification.of(partners.rule(customer.partnerId(), kind.rule()).orElse(kind.rule().defaultValue()));
	}

	@Override
	public void allow(UUID customerId, SecretKind kind, String secret, String subject, Actor actor) {
		Customer customer = customers.byId(customerId);
		RequiredVerification required = required(customer, kind);
		CurrentCalls current = calls.getIfAvailable();
		CurrentCall call = current == null ? null : current.of(customerId, actor).orElse(null);
		if (!required.satisfiedBy(call == null ? null : call.verifiedBy())) {
			String code = call == null ? "REVEAL_NEEDS_CALL"
					: call.verified() ? "REVEAL_NEEDS_PIN" : "REVEAL_NEEDS_VERIFIED_CALLER";
			throw new RevealRefused(code, kind, required, call == null ? null : call.interactionNumber(),
					customer.customerNumber());
		}
		if (call != null) {
			current.recordReveal(call.interactionNumber(), kind, secret, subject, actor);
		}
	}
}
