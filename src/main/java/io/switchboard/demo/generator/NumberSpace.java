package io.switchboard.demo.generator;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A block of phone numbers a country's lines are numbered from: a list of prefixes (country code, area
 * or mobile code, exchange), each followed by a fixed number of subscriber digits, minus reserved
 * numbers (the well-known customers' MDNs). Every prefix is checked with libphonenumber when the space
 * is built, so every number handed out is valid for its region.
 */
final class NumberSpace {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final String[] prefixes;
	private final int width;
	private final long block;
	private final long[] reserved;
	private final Set<String> reservedNumbers;
	private final Permutation permutation;
	private final Map<String, List<String>> prefixesUnder = new ConcurrentHashMap<>();

	private NumberSpace(List<String> prefixes, int width, Collection<String> reservedNumbers, long salt) {
		if (prefixes.isEmpty()) {
			throw new IllegalStateException("no valid prefixes for a number space");
		}
		this.prefixes = prefixes.toArray(String[]::new);
		this.width = width;
		this.block = (long) Math.pow(10, width);
		List<Long> positions = new ArrayList<>();
		for (String number : reservedNumbers) {
			String prefix = number.substring(0, number.length() - width);
			int index = prefixes.indexOf(prefix);
			if (index >= 0) {
				positions.add(index * block + Long.parseLong(number.substring(number.length() - width)));
			}
		}
		this.reserved = positions.stream().mapToLong(Long::longValue).sorted().toArray();
		this.reservedNumbers = Set.copyOf(reservedNumbers);
		this.permutation = new Permutation(this.prefixes.length * block - reserved.length, salt);
	}

	/**
	 * Builds a space from candidate prefixes, keeping those whose sample numbers libphonenumber accepts
	 * as valid in {@code region}.
	 */
	static NumberSpace of(String region, List<String> candidates, int width, Collection<String> reservedNumbers,
			long salt) {
		List<String> valid = new ArrayList<>();
		for (String prefix : candidates) {
			if (samplesValid(prefix, width, region)) {
				valid.add(prefix);
			}
		}
		return new NumberSpace(valid, width, reservedNumbers, salt);
	}

	/**
	 * One number per prefix is enough: libphonenumber's metadata for these countries decides validity by
	 * area code and exchange, not by the last digits (the tests check every generated number in full).
	 */
	private static boolean samplesValid(String prefix, int width, String region) {
		return isValid(prefix + "5".repeat(width), region);
	}

	static boolean isValid(String e164, String region) {
		try {
			return PHONES.isValidNumberForRegion(PHONES.parse(e164, "ZZ"), region);
		}
		catch (NumberParseException e) {
			return false;
		}
	}

	long size() {
		return permutation.size();
	}

	/** The number owned by {@code slot}: different slots never share a number. */
	String atSlot(long slot) {
		return at(permutation.apply(slot));
	}

	/** Any number of the space, for contact phones and forwarding (not unique, never a reserved one). */
	String any(Rnd rnd) {
		return at(rnd.betweenLong(0, size() - 1));
	}

	/** Any number under {@code start} (e.g. a city's area code), or of the whole space when none is. */
	String anyUnder(Rnd rnd, String start) {
		List<String> usable = prefixesUnder.computeIfAbsent(start, s -> {
			List<String> found = new ArrayList<>();
			for (String prefix : prefixes) {
				if (prefix.startsWith(s)) {
					found.add(prefix);
				}
			}
			return List.copyOf(found);
		});
		if (usable.isEmpty()) {
			return any(rnd);
		}
		String prefix = rnd.pick(usable);
		for (;;) {
			String number = prefix + rnd.digits(width);
			if (!reservedNumbers.contains(number)) {
				return number;
			}
		}
	}

	private String at(long position) {
		long p = position;
		// Step over reserved numbers: position p is the p-th number of the space that is not reserved.
		for (long r : reserved) {
			if (p >= r) {
				p++;
			}
		}
		String subscriber = Long.toString(p % block);
		StringBuilder number = new StringBuilder(prefixes[(int) (p / block)]);
		for (int i = subscriber.length(); i < width; i++) {
			number.append('0');
		}
		return number.append(subscriber).toString();
	}
}
