package io.switchboard.interaction.domain;

import io.switchboard.ticket.TicketCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tickets created during an interaction link to it: when an agent creates a ticket for a customer while
 * the agent has an interaction open with that customer, the ticket is linked to that interaction.
 * Idempotent: a redelivered event links nothing twice.
 */
@Component
class TicketLinks {

	private final Interactions interactions;

	TicketLinks(Interactions interactions) {
		this.interactions = interactions;
	}

	@ApplicationModuleListener
	void on(TicketCreated created) {
		interactions.linkTicket(created.createdBy(), created.customerId(), created.ticketId(), created.number(),
				created.actor());
	}
}
