package io.switchboard.customer;

import io.switchboard.shared.SwitchboardException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A secret the agent may not read out yet, and why: there is no call with the customer
 * ({@code REVEAL_NEEDS_CALL}), the caller is not verified ({@code REVEAL_NEEDS_VERIFIED_CALLER}), or was
 * verified by date of birth and document where the partner asks for the care PIN
 * ({@code REVEAL_NEEDS_PIN}). Carries what a page needs to offer the way out: the open interaction (to
 * verify its caller) and the customer (to start a call). Its message's argument names what the partner
 * asks for ({@code reveal.required.<REQUIRED>} in the bundles), resolved in the agent's language.
 */
public class RevealRefused extends SwitchboardException {

	private final SecretKind kind;
	private final RequiredVerification required;
	private final String interactionNumber;
	private final String customerNumber;

	public RevealRefused(String code, SecretKind kind, RequiredVerification required, String interactionNumber,
			String customerNumber) {
		super(code, new DefaultMessageSourceResolvable(new String[] { "reveal.required." + required }, required.name()));
		this.kind = kind;
		this.required = required;
		this.interactionNumber = interactionNumber;
		this.customerNumber = customerNumber;
	}

	public SecretKind kind() {
		return kind;
	}

	public RequiredVerification required() {
		return required;
	}

	/** The agent's open interaction with the customer; null when there is none. */
	public String interactionNumber() {
		return interactionNumber;
	}

	public String customerNumber() {
		return customerNumber;
	}
}
