package io.switchboard.shared;

import java.util.Objects;

/**
 * A Russian taxpayer number (ИНН): 10 digits for a legal entity, 12 for an individual or a sole
 * trader, each with check digits computed from fixed weights (mod 11, mod 10).
 */
public record Inn(String value) {

	private static final int[] LEGAL = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	private static final int[] PERSON_11 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	private static final int[] PERSON_12 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	public Inn {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid INN: " + value);
		}
	}

	public boolean isLegalEntity() {
		return value.length() == 10;
	}

	public static boolean isValid(String v) {
		if (v == null || !v.matches("\\d{10}|\\d{12}")) {
			return false;
		}
		if (v.length() == 10) {
			return check(v, LEGAL) == digit(v, 9);
		}
		return check(v, PERSON_11) == digit(v, 10) && check(v, PERSON_12) == digit(v, 11);
	}

	/** Completes a 9- or 10-digit payload with its check digit(s); used by the demo generator. */
	public static String withCheckDigits(String payload) {
		if (payload.length() == 9) {
			return payload + check(payload + "0", LEGAL);
		}
		if (payload.length() == 10) {
			String eleven = payload + check(payload + "00", PERSON_11);
			return eleven + check(eleven + "0", PERSON_12);
		}
		throw new IllegalArgumentException("payload must have 9 or 10 digits");
	}

	private static int check(String v, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * digit(v, i);
		}
		return sum % 11 % 10;
	}

	private static int digit(String v, int i) {
		return v.charAt(i) - '0';
	}

	@Override
	public String toString() {
		return value;
	}
}
