package io.switchboard.customer.domain;

/** Hides all but the end of a secret-ish value. */
final class Masking {

	private Masking() {
	}

	static String keepLast(String value, int visible) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int hidden = Math.max(0, value.length() - visible);
		return "•".repeat(hidden) + value.substring(hidden);
	}
}
