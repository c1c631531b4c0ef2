package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tickets in memory, moved by their own methods, for the aggregate's tests:
 * {@code aTicket().dispatchedTo(BILLING_QUEUE).takenBy(BACKOFFICE).build()}. Who may make a move is
 * the workflow's business; here every step stands as the one who would make it (the creator
 * dispatches, a queue member takes and returns, the owner answers and closes).
 */
final class TicketFixtures {

	static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
	static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
	static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
	static final UUID BILLING_QUEUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
	static final UUID NETWORK_QUEUE = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

	static final Actor AGENT = agent("alex", "Alex Morgan", "AGENT");
	static final Actor BACKOFFICE = agent("casey", "Casey Brooks", "BACKOFFICE");
	static final Actor MANAGER = agent("jordan", "Jordan Reyes", "MANAGER");

	private TicketFixtures() {
	}

	static Actor agent(String username, String name, String role) {
		return new Actor(UUID.nameUUIDFromBytes(username.getBytes()), username, name, PARTNER, PartnerScope.EVERYONE,
				Set.of(role));
	}

	/** Billing, due 24 hours after creation for a medium ticket. */
	static Category billing() {
		Category category = new Category(UUID.fromString("00000000-0000-0000-0000-0000000000d1"), "BILLING");
		category.sla(4, 8, 24, 72);
		return category;
	}

	static Category technical() {
		Category category = new Category(UUID.fromString("00000000-0000-0000-0000-0000000000d2"), "TECHNICAL");
		category.sla(2, 4, 8, 24);
		return category;
	}

	static TicketBuilder aTicket() {
		return new TicketBuilder();
	}

	static final class TicketBuilder {

		private Actor creator = AGENT;
		private Priority priority = Priority.MEDIUM;
		private UUID queueAtBirth;
		private int minutes;
		private final List<Consumer<Ticket>> steps = new ArrayList<>();

		TicketBuilder createdBy(Actor actor) {
			this.creator = actor;
			return this;
		}

		TicketBuilder priority(Priority value) {
			this.priority = value;
			return this;
		}

		/** Dispatched to the queue as it is created. */
		TicketBuilder dispatchedTo(UUID queue) {
			this.queueAtBirth = queue;
			return this;
		}

		TicketBuilder takenBy(Actor actor) {
			return then(t -> t.take(Set.of(Standing.QUEUE_MEMBER), actor, next()));
		}

		TicketBuilder answeredBy(Actor actor) {
			return then(t -> t.answer(Set.of(Standing.OWNER), "We refunded the charge", actor, next()));
		}

		TicketBuilder customerRepliedTo(Actor actor) {
			return then(t -> t.customerReplied(Set.of(), "It is still on my bill", actor, next()));
		}

		TicketBuilder returnedBy(Actor actor, String reason) {
			return then(t -> t.returnToCreator(Set.of(Standing.QUEUE_MEMBER), reason, actor, next()));
		}

		private Instant next() {
			minutes += 10;
			return T0.plus(Duration.ofMinutes(minutes));
		}

		private TicketBuilder then(Consumer<Ticket> step) {
			steps.add(step);
			return this;
		}

		/** The ticket after every step, with the events and history lines they wrote. */
		Ticket build() {
			Ticket ticket = Ticket.open("T-000001", new Ticket.Opening(CUSTOMER, PARTNER, null, null, billing(),
					priority, Channel.PHONE, "Double charge", "Charged twice for March."), queueAtBirth, creator, T0);
			steps.forEach(step -> step.accept(ticket));
			return ticket;
		}
	}
}
