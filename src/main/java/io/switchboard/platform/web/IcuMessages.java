package io.switchboard.platform.web;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Messages that count, in the agent's language, with ICU's plural rules: "1 ticket", "2 tickets";
 * «1 заявка», «3 заявки», «5 заявок», «21 заявка». The message lives in the module's bundle like any
 * other, written in ICU MessageFormat:
 *
 * <pre>
 * ticket.list.count={0, plural, one{# ticket} other{# tickets}}
 * ticket.list.count={0, plural, one{# заявка} few{# заявки} many{# заявок} other{# заявки}}
 * </pre>
 *
 * and is read through this bean, from a template as {@code ${@icu.msg('ticket.list.count', page.total)}}
 * or from code with {@link #format}. Such a message must not be read with Thymeleaf's {@code #{...}} or
 * {@code MessageSource.getMessage} with arguments: those use {@code java.text.MessageFormat}, which
 * knows no {@code plural} and fails on it. Also: how long something has lasted, in words
 * ({@link #duration}: "2 days, 3 hours", «2 дня 3 часа»).
 */
@Component("icu")
public class IcuMessages {

	private final MessageSource messages;
	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	public IcuMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The message in the language of the current request. */
	public String msg(String code, Object... arguments) {
		return format(code, LocaleContextHolder.getLocale(), arguments);
	}

	/** The message in this language; numbers among the arguments choose the plural forms. */
	public String format(String code, Locale locale, Object... arguments) {
		// without arguments Spring answers the text as written, which is the ICU pattern
		String pattern = messages.getMessage(code, null, locale);
		MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
				key -> new MessageFormat(pattern, ULocale.forLocale(locale)));
		synchronized (format) {
			return format.format(arguments);
		}
	}

	/**
	 * A duration in words, to the two largest units that matter: days and hours, hours and minutes, or
	 * minutes (at least one).
	 */
	public String duration(Duration duration) {
		return duration(duration, LocaleContextHolder.getLocale());
	}

	public String duration(Duration duration, Locale locale) {
		long days = duration.toDays();
		int hours = duration.toHoursPart();
		int minutes = duration.toMinutesPart();
		List<Measure> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(new Measure(days, MeasureUnit.DAY));
			if (hours > 0) {
				parts.add(new Measure(hours, MeasureUnit.HOUR));
			}
		}
		else if (hours > 0) {
			parts.add(new Measure(hours, MeasureUnit.HOUR));
			if (minutes > 0) {
				parts.add(new Measure(minutes, MeasureUnit.MINUTE));
			}
		}
		else {
			parts.add(new Measure(Math.max(1, minutes), MeasureUnit.MINUTE));
		}
		return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE)
			.formatMeasures(parts.toArray(Measure[]::new));
	}
}
