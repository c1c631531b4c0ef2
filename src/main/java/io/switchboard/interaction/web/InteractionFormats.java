package io.switchboard.interaction.web;

import io.switchboard.platform.web.Formats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times of interactions as the agent reads them, in the agent's zone and language:
 * {@code ${@interactionFmt.since(instant)}} ("10:42 AM" today, the date and time before),
 * {@code ${@interactionFmt.duration(duration)}} ("4 min", "1 h 05 min").
 */
@Component("interactionFmt")
class InteractionFormats {

	private final Formats formats;
	private final MessageSource messages;
	private final Clock clock;

	InteractionFormats(Formats formats, MessageSource messages, Clock clock) {
		this.formats = formats;
		this.messages = messages;
		this.clock = clock;
	}

	String since(Instant instant, Instant now) {
		if (instant == null) {
			return "";
		}
		LocalDate day = instant.atZone(formats.zone()).toLocalDate();
		if (!day.equals(now.atZone(formats.zone()).toLocalDate())) {
			return formats.dateTime(instant);
		}
		return time(instant);
	}

	public String since(Instant instant) {
		return since(instant, clock.instant());
	}

	/** The time of day in the agent's zone, naming the zone ("9:30 AM EST"), as every time on the desk. */
	public String time(Instant instant) {
		return formats.time(instant);
	}

	/** The end: only the time when it ended the day it started, else the date and time. */
	public String end(Instant start, Instant end) {
		if (end == null) {
			return "";
		}
		boolean sameDay = start.atZone(formats.zone()).toLocalDate().equals(end.atZone(formats.zone()).toLocalDate());
		return sameDay ? time(end) : formats.dateTime(end);
	}

	public String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = Math.max(0, duration.toMinutes());
		if (duration.toSeconds() < 60) {
			return messages.getMessage("interaction.duration.seconds", new Object[] { duration.toSeconds() },
					LocaleContextHolder.getLocale());
		}
		if (minutes < 60) {
			return messages.getMessage("interaction.duration.minutes", new Object[] { minutes },
					LocaleContextHolder.getLocale());
		}
		return messages.getMessage("interaction.duration.hours",
				new Object[] { minutes / 60, String.format("%02d", minutes % 60) }, LocaleContextHolder.getLocale());
	}
}
