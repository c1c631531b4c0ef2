package io.switchboard.interaction;

import io.switchboard.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Interactions as the desk reads them, for slice tests, in the desk's words:
 * {@code anInteraction().numbered("I-000042").handledBy(agent).startedAt(t).build()} is an open inbound call.
 */
public final class InteractionViews {

	private InteractionViews() {
	}

	public static Builder anInteraction() {
		return new Builder();
	}

	public static final class Builder {

		private String number = "I-000001";
		private UUID customerId;
		private Channel channel = Channel.PHONE;
		private Direction direction = Direction.IN;
		private Actor agent = Actor.SYSTEM;
		private Instant startedAt = Instant.parse("2026-11-22T09:30:00Z");
		private Instant endedAt;
		private String wrapUpCode;

		public Builder numbered(String number) {
			this.number = number;
			return this;
		}

		public Builder withCustomer(UUID customerId) {
			this.customerId = customerId;
			return this;
		}

		public Builder handledBy(Actor agent) {
			this.agent = agent;
			return this;
		}

		public Builder startedAt(Instant startedAt) {
			this.startedAt = startedAt;
			return this;
		}

		public Builder wrappedUp(String code, Instant endedAt) {
			this.wrapUpCode = code;
			this.endedAt = endedAt;
			return this;
		}

		public InteractionView build() {
			return new InteractionView(UUID.nameUUIDFromBytes(number.getBytes()), number, agent.partnerId(), customerId,
					channel, direction, agent.agentId(), agent.displayName(), null, wrapUpCode, null, startedAt, endedAt,
					null, null, List.of(), startedAt, agent.username(), endedAt == null ? startedAt : endedAt,
					agent.username(), 0, null, null, List.of());
		}
	}
}
