package io.switchboard.balance.web;

import io.switchboard.platform.web.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Quantities in a bucket's or an accumulator's unit, in the agent's language, for the templates
 * ({@code @balanceFormat}): data as MB/GB, minutes and texts through the balance bundle, an
 * accumulator in a currency as money.
 */
@Component("balanceFormat")
class BalanceFormat {

	private final Formats formats;
	private final MessageSource messages;

	BalanceFormat(Formats formats, MessageSource messages) {
		this.formats = formats;
		this.messages = messages;
	}

	/** "3.2 GB", "120 min", "45 texts". */
	public String quantity(Long value, String unit) {
		if (value == null) {
			return "";
		}
		if ("MB".equals(unit)) {
			return formats.data(value);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("balance.units." + unit, new Object[] { value },
				NumberFormat.getIntegerInstance(locale).format(value) + " " + unit, locale);
	}

	/**
	 * Where a bucket comes from, in words: its kind ("PLAN", "FEATURE", "PROMOTION", "BONUS") by its name
	 * in the agent's language, followed by the code of the plan or feature it names ("PLAN US-POST-ESS"
	 * reads "Plan US-POST-ESS", «Тариф US-POST-ESS»). A kind the bundle does not know reads as stored.
	 */
	public String source(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		String[] kindAndCode = source.strip().split("\\s+", 2);
		String kind = messages.getMessage("balance.source." + kindAndCode[0], null, null,
				LocaleContextHolder.getLocale());
		if (kind == null) {
			return source;
		}
		return kindAndCode.length == 1 ? kind : kind + " " + kindAndCode[1];
	}

	/** An accumulator's amount: money when its unit is a currency, else a number in its unit. */
	public String amount(BigDecimal amount, String unit) {
		if (amount == null) {
			return "";
		}
		if (isCurrency(unit)) {
			return formats.money(amount, unit);
		}
		if (amount.stripTrailingZeros().scale() <= 0) {
			return quantity(amount.longValue(), unit);
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		return number.format(amount) + (unit == null ? "" : " " + unitName(unit, locale));
	}

	private String unitName(String unit, Locale locale) {
		return messages.getMessage("balance.unit." + unit, null, unit, locale);
	}

	private static boolean isCurrency(String unit) {
		if (unit == null || !unit.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(unit);
			return true;
		}
		catch (IllegalArgumentException notACurrency) {
			return false;
		}
	}
}
