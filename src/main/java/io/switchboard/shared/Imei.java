package io.switchboard.shared;

import java.util.Objects;

/**
 * A device's equipment identity: a 15-digit IMEI (GSM/LTE/5G, last digit a Luhn check), an 11-digit
 * decimal or 8-hex ESN, or a 14-hex MEID (CDMA). Stored upper-case without separators.
 */
public record Imei(String value, Kind kind) {

	public enum Kind { IMEI, ESN, MEID }

	public Imei {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(kind, "kind");
	}

	/** Reads an equipment id typed with or without spaces, dashes or slashes; null when it has no valid shape. */
	public static Imei parseOrNull(String raw) {
		if (raw == null) {
			return null;
		}
		String v = raw.replaceAll("[\\s\\-/.]", "").toUpperCase(java.util.Locale.ROOT);
		if (v.matches("\\d{15}")) {
			return Luhn.isValid(v) ? new Imei(v, Kind.IMEI) : null;
		}
		if (v.matches("\\d{11}") || v.matches("[0-9A-F]{8}")) {
			return new Imei(v, Kind.ESN);
		}
		if (v.matches("[0-9A-F]{14}")) {
			return new Imei(v, Kind.MEID);
		}
		return null;
	}

	@Override
	public String toString() {
		return value;
	}
}
