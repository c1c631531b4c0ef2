package io.switchboard.customer;

import io.switchboard.shared.Actor;
import java.util.UUID;

/**
 * The gate in front of every secret an agent reads out to a caller (PIN/PUK codes, service passwords,
 * identity document numbers). The customer's partner says, per kind of secret, what verification the
 * caller needs ({@link SecretKind#rule()}, inherited down the partner tree); the agent's open call with the
 * customer says who is calling and how they proved it ({@link CurrentCalls}). The modules that keep the
 * secrets (line, customer) ask here before they decrypt, inside their own transaction, so a reveal, its
 * audit entry and its record on the call are written together or not at all.
 */
public interface SecretReveals {

	/** What the customer's partner asks of a caller before this kind of secret is read out. */
	RequiredVerification required(UUID customerId, SecretKind kind);

	/**
	 * Lets the actor read the secret out now and records that on the actor's call with the customer (if
	 * there is one), or refuses with {@link RevealRefused}. {@code secret} names which one (e.g.
	 * {@code PUK1}), {@code subject} what it belongs to (e.g. the line's number); never the value.
	 */
	void allow(UUID customerId, SecretKind kind, String secret, String subject, Actor actor);
}
