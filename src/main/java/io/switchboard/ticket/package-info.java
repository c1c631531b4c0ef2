/**
 * Tickets (tasks): what an agent or an integrating system asks someone to do for a customer. A ticket
 * has a readable number ({@code T-000123}), a category and priority that set its due time, an owner,
 * a queue, comments and a full action history, and moves through the folders and queues of the
 * workflow (OPEN, OPEN-DISPATCH, OPEN-FORWARDED, OPEN-REJECT RETURN, WAITING, CLOSED). A scheduled
 * job flags tickets nobody answered, or the customer never looked at, as expired. Serves the ticket
 * pages, the 360's service-requests panel and Work tab, and TMF621 Trouble Ticket.
 */
@ApplicationModule(displayName = "Tickets",
		allowedDependencies = { "shared", "platform", "platform :: codes", "platform :: tmf", "platform :: web", "customer", "agent", "partner", "line" })
package io.switchboard.ticket;

import org.springframework.modulith.ApplicationModule;
