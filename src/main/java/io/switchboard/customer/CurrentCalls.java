package io.switchboard.customer;

import io.switchboard.shared.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The agent's call with a customer, as the customer module needs to know it before a secret is read out or
 * the care PIN is changed: who is calling, and how (if at all) they proved it. An SPI: the interaction
 * module, which records calls, implements it (it may use this module, while this module may not use it);
 * without that module there is never a call, so only a partner that asks for no verification lets an
 * agent read secrets out.
 */
public interface CurrentCalls {

	/** The actor's open interaction with the customer, if the actor is an agent who has one. */
	Optional<CurrentCall> of(UUID customerId, Actor actor);

	/**
	 * Records on the call that the agent read a secret out: which ({@code secret}, e.g. {@code PUK1}), of
	 * what ({@code subject}, e.g. the line's number; never the secret's value). Joins the caller's
	 * transaction, so the reveal and its record are written together.
	 */
	void recordReveal(String interactionNumber, SecretKind kind, String secret, String subject, Actor actor);

	/**
	 * An open call: its interaction's number, the caller (the customer when {@code callerPartyId} is null,
	 * otherwise one of its related parties, with that party's role) and how the caller was verified
	 * ({@code verifiedBy} null: not yet).
	 */
	record CurrentCall(String interactionNumber, UUID callerPartyId, String callerName, PartyRole callerRole,
			VerificationMethod verifiedBy, Instant verifiedAt) {

		public boolean verified() {
			return verifiedBy != null;
		}

		/** The caller is the customer, or the party that acts for it in full (its primary party). */
		public boolean callerSpeaksForTheCustomer() {
			return callerPartyId == null || callerRole == PartyRole.PRIMARY;
		}
	}
}
