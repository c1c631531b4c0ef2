package io.switchboard.ticket;

/**
 * What can be done to a ticket; {@link io.switchboard.ticket.domain.TicketWorkflow} decides when. Agents,
 * managers and API clients make the first eleven; {@link #AUTO_ASSIGN} (a queue's round-robin) and
 * {@link #EXPIRE} (the expiry job) are made by Switchboard itself only.
 */
public enum Move {
	DISPATCH, TAKE, FORWARD, RETURN, ANSWER, CUSTOMER_REPLY, CLOSE, RECREATE, ASSIGN, REPOST, UPDATE, AUTO_ASSIGN, EXPIRE
}
