package io.switchboard.platform.web;

import io.switchboard.shared.SwitchboardException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal in the agent's words: the exception's stable code names the message ({@code error.<CODE>}),
 * its arguments fill it in, times in the agent's zone (who took a ticket, who saved first, and when).
 */
@Component
public class Refusals {

	private final MessageSource messages;
	private final Formats formats;

	public Refusals(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String message(SwitchboardException e, Locale locale) {
		Object[] args = Arrays.stream(e.arguments())
			.map(a -> a instanceof Instant at ? formats.dateTime(at) : a)
			.toArray();
		return messages.getMessage("error." + e.code(), args,
				messages.getMessage("error.UNKNOWN", null, e.code(), locale), locale);
	}
}
