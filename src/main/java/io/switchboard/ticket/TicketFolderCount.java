package io.switchboard.ticket;

import io.switchboard.platform.codes.Names;
import java.util.Locale;
import java.util.UUID;

/**
 * One of an agent's ticket folders or queues with how many tickets it holds now, for pages outside
 * the ticket module that summarise an agent's work (the desk's home page). {@code folder} names the
 * folder ({@code NEW}, {@code OPEN}, {@code WAITING}, {@code EXPIRED_1}, {@code EXPIRED_2},
 * {@code CLOSED}) or is {@code QUEUE} for one of the agent's queues, which {@code queueId} and
 * {@code queueNames} (in every language) then name; {@code link} is where the ticket pages list it.
 */
public record TicketFolderCount(String folder, UUID queueId, Names queueNames, long count, String link) {

	public boolean isQueue() {
		return queueId != null;
	}

	/** The queue's name in the agent's language (else English), null for a folder. */
	public String queueName(Locale locale) {
		return queueNames == null ? null : queueNames.in(locale);
	}
}
