package io.switchboard.interaction.domain;

import io.switchboard.customer.CurrentCalls;
import io.switchboard.customer.SecretKind;
import io.switchboard.shared.Actor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Answers the customer module's {@link CurrentCalls}: an agent's call with a customer is the agent's open
 * interaction with it, its caller and how they were verified; a secret read out is recorded on it.
 */
@Component
class AgentCalls implements CurrentCalls {

	private final Interactions interactions;

	AgentCalls(Interactions interactions) {
		this.interactions = interactions;
	}

	@Override
	public Optional<CurrentCall> of(UUID customerId, Actor actor) {
		return interactions.currentCall(customerId, actor);
	}

	@Override
	public void recordReveal(String interactionNumber, SecretKind kind, String secret, String subject, Actor actor) {
		interactions.recordReveal(interactionNumber, kind, secret, subject, actor);
	}
}
