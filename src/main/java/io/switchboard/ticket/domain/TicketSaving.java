package io.switchboard.ticket.domain;

/**
 * How a ticket is saved after a move. Saving publishes the events the ticket registered (Spring Data
 * publishes them for every {@code save...} method of a repository), and writes the lines of history and
 * comments it added. A ticket is only ever changed in the transaction that loaded it, so a save inserts
 * a new ticket and leaves a loaded one to be written at commit: merging it instead (what Spring Data's
 * {@code save} does with an entity that is not new) would try to load the history lines it just added.
 */
interface TicketSaving {

	/** Saves the ticket with what its moves wrote, and publishes the events they registered. */
	Ticket save(Ticket ticket);

	/** As {@link #save}, and writes it now: a concurrent change is refused here, not at commit. */
	Ticket saveAndFlush(Ticket ticket);
}
