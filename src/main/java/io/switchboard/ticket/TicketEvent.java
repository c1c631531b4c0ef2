package io.switchboard.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * What every ticket event says: which ticket (id and readable number), whose (customer, partner), who
 * changed it and when. A listener that treats all of them alike listens to this type.
 */
public sealed interface TicketEvent permits TicketCreated, TicketDispatched, TicketTaken, TicketForwarded,
		TicketReturned, TicketAnswered, TicketReopened, TicketAssigned, TicketClosed, TicketCommented, TicketUpdated,
		TicketExpired {

	UUID ticketId();

	String number();

	UUID customerId();

	UUID partnerId();

	String actor();

	Instant at();
}
