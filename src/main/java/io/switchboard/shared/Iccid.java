package io.switchboard.shared;

import java.util.Objects;

/**
 * A SIM card's ICCID: 19 or 20 digits starting with the telecom industry prefix 89, the last digit
 * a Luhn check.
 */
public record Iccid(String value) {

	public Iccid {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("not an ICCID: " + value);
		}
	}

	public static boolean isValid(String digits) {
		return digits != null && digits.matches("89\\d{17,18}") && Luhn.isValid(digits);
	}

	/** Reads an ICCID typed with or without spaces or dashes; null when it is not one. */
	public static Iccid parseOrNull(String raw) {
		if (raw == null) {
			return null;
		}
		String v = raw.replaceAll("[\\s\\-]", "");
		return isValid(v) ? new Iccid(v) : null;
	}

	@Override
	public String toString() {
		return value;
	}
}
