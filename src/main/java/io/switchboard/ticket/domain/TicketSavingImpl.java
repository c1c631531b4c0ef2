package io.switchboard.ticket.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link TicketSaving} on JPA: persist a new ticket; a loaded one is already managed. */
class TicketSavingImpl implements TicketSaving {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public Ticket save(Ticket ticket) {
		if (ticket.isNew()) {
			entityManager.persist(ticket);
		}
		else if (!entityManager.contains(ticket)) {
			throw new IllegalStateException("Ticket " + ticket.number() + " is saved outside the transaction that loaded it");
		}
		return ticket;
	}

	@Override
	public Ticket saveAndFlush(Ticket ticket) {
		save(ticket);
		entityManager.flush();
		return ticket;
	}
}
