package io.switchboard.ticket.web;

import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.TicketStatus;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ticket refusal in the agent's words: as {@link Refusals} says any refusal, with the statuses it
 * names in the agent's language (the workflow names a {@link TicketStatus}; the API reads its code).
 */
@Component
class TicketRefusals {

	private final Refusals refusals;
	private final MessageSource messages;

	TicketRefusals(Refusals refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
	}

	String message(SwitchboardException e, Locale locale) {
		Object[] arguments = Arrays.stream(e.arguments())
			.map(a -> a instanceof TicketStatus status
					? messages.getMessage("ticket.status." + status.name(), null, status.label(), locale) : a)
			.toArray();
		return refusals.message(new SwitchboardException(e.code(), arguments), locale);
	}
}
