package io.switchboard.audit.web;

import io.switchboard.audit.AuditValues;
import io.switchboard.platform.web.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a stored audit value out in the agent's language ({@code @auditFormat.value(field, value)} in
 * the trail's template): terms written with {@link AuditValues} become words ("PASSPORT" reads
 * "Passport" or "Паспорт"), days take the agent's date format, phone numbers in E.164 are grouped as
 * people read them, and a whole value that is a code with a label of its own
 * ({@code audit.value.<field>.<value>}, e.g. which secret code was viewed) is shown by that label.
 */
@Component("auditFormat")
public class AuditFormat {

	private static final Pattern TERM = Pattern.compile(
			Pattern.quote(String.valueOf(AuditValues.OPEN)) + "([^" + AuditValues.OPEN + AuditValues.CLOSE + "]*)"
					+ Pattern.quote(String.valueOf(AuditValues.CLOSE)));

	/** A term cut in half when a long value was shortened to fit the trail. */
	private static final Pattern CUT_TERM = Pattern.compile(Pattern.quote(String.valueOf(AuditValues.OPEN)) + ".*$");

	private static final Pattern E164 = Pattern.compile("(?<![\\w+])\\+[1-9]\\d{6,14}(?!\\d)");

	private final MessageSource messages;
	private final Formats formats;

	AuditFormat(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The field's name ("taxId" reads "Tax number"), or the field as stored when it has none. */
	public String field(String field) {
		return messages.getMessage("audit.field." + field, null, field, locale());
	}

	public String value(String field, String value) {
		if (value == null) {
			return null;
		}
		Locale locale = locale();
		String label = messages.getMessage("audit.value." + field + "." + value, null, null, locale);
		if (label != null) {
			return label;
		}
		Matcher terms = TERM.matcher(value);
		StringBuilder read = new StringBuilder();
		int from = 0;
		while (terms.find()) {
			read.append(phones(value.substring(from, terms.start())));
			read.append(term(terms.group(1), locale));
			from = terms.end();
		}
		read.append(phones(CUT_TERM.matcher(value.substring(from)).replaceFirst("…")));
		return read.toString();
	}

	private String term(String term, Locale locale) {
		if (term.startsWith(AuditValues.DAY)) {
			try {
				return formats.date(LocalDate.parse(term.substring(AuditValues.DAY.length())));
			}
			catch (DateTimeParseException notADay) {
				return term;
			}
		}
		// a code the bundles do not know yet still reads as its code, never as a blank
		return messages.getMessage(term, null, term.substring(term.lastIndexOf('.') + 1), locale);
	}

	private String phones(String text) {
		return E164.matcher(text).replaceAll(m -> Matcher.quoteReplacement(formats.msisdn(m.group())));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
