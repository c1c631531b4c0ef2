package io.switchboard.ticket.domain;

/** How the actor stands to a ticket; a move is allowed to some standings only. */
public enum Standing {
	/** The agent whose folder the ticket is in. */
	OWNER,
	/** The agent who created it. */
	CREATOR,
	/** A member of the queue the ticket is in. */
	QUEUE_MEMBER,
	/** A care manager (of a partner that sees the ticket). */
	MANAGER,
	/** An API client: no agent of its own, bounded by its partner scope only. */
	CLIENT,
	/** Switchboard itself: a queue's round-robin handing a ticket out, the expiry job flagging it. */
	SYSTEM
}
