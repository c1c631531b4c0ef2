package io.switchboard.ticket;

/** What can be done to a ticket; {@link io.switchboard.ticket.domain.TicketWorkflow} decides when. */
public enum Move {
	DISPATCH, TAKE, FORWARD, RETURN, ANSWER, CUSTOMER_REPLY, CLOSE, RECREATE, ASSIGN, REPOST, UPDATE
}
