package io.switchboard.demo.generator;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
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
 * is built, so the numbers handed out are valid for their region.
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
	 * as valid in {@code region}. Prefixes go down to the exchange (the first digits after the area or
	 * mobile code), the finest grain at which libphonenumber's metadata for these countries marks ranges
	 * invalid; the samples cover the start, middle and end of each exchange (the tests check every
	 * generated number in full).
	 */
	static NumberSpace of(String region, List<String> candidates, int width, Collection<String> reservedNumbers,
			long salt) {
		int countryCode = PHONES.getCountryCodeForRegion(region);
		String countryPrefix = "+" + countryCode;
		long block = (long) Math.pow(10, width);
		List<String> valid = new ArrayList<>();
		for (String prefix : candidates) {
			long national = Long.parseLong(prefix.substring(countryPrefix.length())) * block;
			if (isValid(countryCode, national, region) && isValid(countryCode, national + block / 2 + 5, region)
					&& isValid(countryCode, national + block - 1, region)) {
				valid.add(prefix);
			}
		}
		return new NumberSpace(valid, width, reservedNumbers, salt);
	}

	private static boolean isValid(int countryCode, long nationalNumber, String region) {
		Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(countryCode)
			.setNationalNumber(nationalNumber);
		return PHONES.isValidNumberForRegion(number, region);
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
