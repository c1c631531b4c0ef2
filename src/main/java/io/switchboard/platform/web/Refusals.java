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
		return message(e.code(), e.arguments(), locale);
	}

	/** The words for a refusal that is not a domain exception (a request the desk cannot read, a save race). */
	public String message(String code, Object[] arguments, Locale locale) {
		Object[] args = Arrays.stream(arguments)
			.map(a -> a instanceof Instant at ? formats.dateTime(at) : a)
			.toArray();
		return messages.getMessage("error." + code, args,
				messages.getMessage("error.UNKNOWN", new Object[] { code }, code, locale), locale);
	}
}
