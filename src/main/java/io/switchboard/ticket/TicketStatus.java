package io.switchboard.ticket;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a ticket stands in its workflow, with the codes the API reads and the database stores (OPEN,
 * OPEN-DISPATCH, OPEN-FORWARDED, OPEN-REJECT RETURN, WAITING, CLOSED). The desk shows each by its name
 * in the agent's language ({@code ticket.status.<NAME>} in the bundles; WAITING reads "ANSWERED", since
 * the desk's Waiting folder holds the customers' replies). Expiry is not a status but a flag beside it
 * (see {@link TicketView#expiry()}).
 */
public enum TicketStatus {

	/** Just created, or taken from a queue: in its owner's folder. */
	OPEN("OPEN"),
	/** Dispatched to a queue, not yet taken: in the queue and in the creator's folder. */
	OPEN_DISPATCH("OPEN-DISPATCH"),
	/** Forwarded to another queue with a comment: in the new queue and in the creator's folder. */
	OPEN_FORWARDED("OPEN-FORWARDED"),
	/** Returned by a queue to its creator with a reason: flagged in the creator's folder. */
	OPEN_REJECT_RETURN("OPEN-REJECT RETURN"),
	/** Answered: waits on the customer (the answerer's Answered folder). */
	WAITING("WAITING"),
	/** Closed with a resolution code: in no folder. */
	CLOSED("CLOSED");

	private final String label;

	TicketStatus(String label) {
		this.label = label;
	}

	/** The code as stored and as the API says it: {@code OPEN-REJECT RETURN}. */
	public String label() {
		return label;
	}

	/** Waiting in a queue for someone to take it. */
	public boolean queued() {
		return this == OPEN_DISPATCH || this == OPEN_FORWARDED;
	}

	public static Optional<TicketStatus> fromLabel(String label) {
		return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label))
			.findFirst();
	}

	@Override
	public String toString() {
		return label;
	}
}
