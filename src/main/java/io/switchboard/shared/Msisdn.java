package io.switchboard.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A phone number (MDN/MSISDN) in E.164 form, e.g. {@code +12025550143}. Parsing goes through
 * libphonenumber, so "(202) 555-0143", "8 916 123-45-67" and "+7 916 1234567" all find their number
 * when the right region is given.
 */
public record Msisdn(String e164) {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	public Msisdn {
		Objects.requireNonNull(e164, "e164");
		if (!e164.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("not an E.164 number: " + e164);
		}
	}

	/**
	 * Parses what an agent or a customer typed. Numbers with a leading {@code +} (or {@code 00}) carry
	 * their own country; national numbers are tried in each region in turn and kept when valid there.
	 * Returns every distinct valid reading (usually one).
	 */
	public static Set<Msisdn> parseAll(String raw, Collection<String> regions) {
		Set<Msisdn> found = new LinkedHashSet<>();
		if (raw == null || raw.isBlank()) {
			return found;
		}
		String text = raw.strip();
		if (text.startsWith("00")) {
			text = "+" + text.substring(2);
		}
		for (String region : regions) {
			parse(text, region).ifPresent(found::add);
		}
		if (text.startsWith("+") && found.isEmpty()) {
			parse(text, "ZZ").ifPresent(found::add);
		}
		return found;
	}

	/**
	 * What an agent typed into a phone field, read in the partner's regions: one number, or why not
	 * ({@code NOT_A_NUMBER} in any of the regions, or {@code AMBIGUOUS}: valid in more than one, so it
	 * needs its country code).
	 */
	public static Reading read(String raw, Collection<String> regions) {
		Set<Msisdn> readings = raw == null || raw.length() > 40 ? Set.of() : parseAll(raw, regions);
		if (readings.isEmpty()) {
			return new Reading(null, Reading.Problem.NOT_A_NUMBER);
		}
		return readings.size() > 1 ? new Reading(null, Reading.Problem.AMBIGUOUS)
				: new Reading(readings.iterator().next(), null);
	}

	/** A phone field read: the number, or the problem with what was typed. */
	public record Reading(Msisdn number, Problem problem) {

		public enum Problem {
			NOT_A_NUMBER, AMBIGUOUS
		}
	}

	/** The single valid reading of {@code raw} in {@code region}, if there is one. */
	public static Optional<Msisdn> parse(String raw, String region) {
		try {
			PhoneNumber number = PHONES.parse(raw, region);
			if (!PHONES.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(new Msisdn(PHONES.format(number, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException e) {
			return Optional.empty();
		}
	}

	/** International format for display, e.g. {@code +1 202-555-0143} or {@code +7 916 123-45-67}. */
	public String international() {
		try {
			return PHONES.format(PHONES.parse(e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException e) {
			return e164;
		}
	}

	/** The ISO region the number belongs to, e.g. {@code US} or {@code RU}. */
	public String region() {
		try {
			return PHONES.getRegionCodeForNumber(PHONES.parse(e164, "ZZ"));
		}
		catch (NumberParseException e) {
			return "ZZ";
		}
	}

	@Override
	public String toString() {
		return e164;
	}
}
