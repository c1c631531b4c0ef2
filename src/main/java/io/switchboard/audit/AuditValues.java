package io.switchboard.audit;

import java.time.LocalDate;

/**
 * How a module writes the before and after values of an audit entry so that every agent can read them
 * in their own language. An entry is written once and read in English and Russian for years, so a
 * coded value is never stored as the word of the day but as a term the trail translates when it is
 * shown: {@code term("contactPurpose.HOME")} reads "home" or "домашний", {@code day(date)} reads
 * "Apr 12, 1985" or "12 апр. 1985 г.". What an agent typed goes through {@link #text} so that it can
 * never be mistaken for a term. A value written without terms is shown as it was stored.
 */
public final class AuditValues {

	/** Opens and closes a term in a stored value; chosen because nobody types them. */
	public static final char OPEN = '\u27E6';

	public static final char CLOSE = '\u27E7';

	/** The prefix of a day inside a term: {@code ⟦day:1985-04-12⟧}. */
	public static final String DAY = "day:";

	private AuditValues() {
	}

	/** A coded value, by the message key that names it in the agent's language ("documentType.PASSPORT"). */
	public static String term(String messageKey) {
		return OPEN + text(messageKey) + CLOSE;
	}

	/** A calendar day (a date of birth, an issue date), shown in the agent's date format, never shifted by a zone. */
	public static String day(LocalDate day) {
		return day == null ? null : OPEN + DAY + day + CLOSE;
	}

	/** Free text as it was typed, with the two term marks (which nobody types) taken out. */
	public static String text(String typed) {
		return typed == null ? null : typed.replace(OPEN, '[').replace(CLOSE, ']');
	}
}
