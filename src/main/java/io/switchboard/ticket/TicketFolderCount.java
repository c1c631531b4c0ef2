package io.switchboard.ticket;

import java.util.UUID;

/**
 * One of an agent's ticket folders or queues with how many tickets it holds now, for pages outside
 * the ticket module that summarise an agent's work (the desk's home page). {@code folder} names the
 * folder ({@code NEW}, {@code OPEN}, {@code WAITING}, {@code EXPIRED_1}, {@code EXPIRED_2},
 * {@code CLOSED}) or is {@code QUEUE} for one of the agent's queues, which {@code queueId} and
 * {@code queueName} then name; {@code link} is where the ticket pages list it.
 */
public record TicketFolderCount(String folder, UUID queueId, String queueName, long count, String link) {

	public boolean isQueue() {
		return queueId != null;
	}
}
