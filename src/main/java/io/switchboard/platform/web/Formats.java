package io.switchboard.platform.web;

import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.platform.security.CurrentActor;
import io.switchboard.shared.Money;
import io.switchboard.shared.Msisdn;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for pages, in the agent's language and time zone: {@code ${@fmt.dateTime(instant)}},
 * {@code ${@fmt.money(money)}}, {@code ${@fmt.msisdn(e164)}}, {@code ${@fmt.data(megabytes)}}.
 * Storage holds instants and E.164; only here do they become what the agent reads. A time of day
 * always names its time zone ("9:30 AM EST", "17:30 МСК"), so agents in different zones reading the
 * same ticket or note know which 9:30 it was; a day on its own ({@link LocalDate}) is never shifted by
 * a zone.
 */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	public Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** "Nov 20, 2026, 9:30 AM EST" / "20 нояб. 2026 г., 17:30 МСК": in the agent's zone, which it names. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = locale();
		ZoneId zone = zone();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant) + "\u00a0" + zoneName(instant, zone, locale);
	}

	/** "9:30 AM EST": a time of day in the agent's zone, which it names. */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = locale();
		ZoneId zone = zone();
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant)
				+ "\u00a0" + zoneName(instant, zone, locale);
	}

	/**
	 * The short name of the zone at that instant ("EST" or "EDT"), as the agent's language writes it:
	 * the bundle's {@code timeZone.<id>} when there is one (Russian writes Moscow time "МСК"), else the
	 * JDK's abbreviation.
	 */
	private String zoneName(Instant instant, ZoneId zone, Locale locale) {
		String named = messages.getMessage("timeZone." + zone.getId(), null, null, locale);
		if (named != null) {
			return named;
		}
		return DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone));
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone()).format(instant);
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	/** ISO date for date inputs ({@code <input type="date">}). */
	public String isoDate(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public String money(Money money) {
		if (money == null) {
			return "";
		}
		return money(money.amount(), money.currency());
	}

	/**
	 * An amount in the agent's language: "$4,850.00", "RUB 4,850.00", "4 850,00 ₽". A currency whose
	 * symbol in that language is its code gets a space before the digits, as CLDR's currency spacing
	 * asks ("RUB4,850.00" was hard to read).
	 */
	public String money(BigDecimal amount, String currency) {
		if (amount == null || currency == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		Currency c = Currency.getInstance(currency);
		format.setCurrency(c);
		format.setMinimumFractionDigits(c.getDefaultFractionDigits());
		format.setMaximumFractionDigits(c.getDefaultFractionDigits());
		return LETTER_THEN_DIGIT.matcher(format.format(amount)).replaceAll("\u00a0");
	}

	/** Between a currency code written before the amount and its first digit. */
	private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\d)");

	public String number(Number number) {
		return number == null ? "" : NumberFormat.getIntegerInstance(locale()).format(number);
	}

	public String msisdn(String e164) {
		if (e164 == null || e164.isBlank()) {
			return "";
		}
		try {
			return new Msisdn(e164).international();
		}
		catch (IllegalArgumentException notE164) {
			return e164;
		}
	}

	/** An amount of data given in megabytes: "512 MB", "2.5 GB" (or "2,5 ГБ"). */
	public String data(Long megabytes) {
		if (megabytes == null) {
			return "";
		}
		Locale locale = locale();
		if (Math.abs(megabytes) >= 1024) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(megabytes % 1024 == 0 ? 0 : 1);
			return format.format(megabytes / 1024.0) + " " + messages.getMessage("unit.gb", null, "GB", locale);
		}
		return NumberFormat.getIntegerInstance(locale).format(megabytes) + " "
				+ messages.getMessage("unit.mb", null, "MB", locale);
	}

	/** A country's name in the agent's language, from its ISO code ({@code RU} -> "Russia" / "Россия"). */
	public String country(String isoCode) {
		if (isoCode == null || isoCode.isBlank()) {
			return "";
		}
		String name = Locale.of("", isoCode).getDisplayCountry(locale());
		return name.isBlank() ? isoCode : name;
	}

	/**
	 * A quantity in a bucket's unit: {@code MB} as data ("2.5 GB"), {@code MIN} and {@code SMS} through
	 * the bundles ({@code units.MIN}, {@code units.SMS}), so plurals and abbreviations follow the language.
	 */
	public String units(Long value, String unit) {
		if (value == null) {
			return "";
		}
		if ("MB".equals(unit)) {
			return data(value);
		}
		return messages.getMessage("units." + unit, new Object[] { value }, value + " " + unit, locale());
	}

	public ZoneId zone() {
		return CurrentActor.principal().map(ActorPrincipal::timeZone).orElse(ZoneId.of("UTC"));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
