package io.switchboard.desk.search;

import io.switchboard.customer.CustomerSearch;
import io.switchboard.desk.search.SearchQuery.Lookup;
import io.switchboard.desk.search.SearchQuery.Problem;
import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Inn;
import io.switchboard.shared.Msisdn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a search by its shape, before any query runs. Phone numbers are read with libphonenumber
 * in each region the agent's partner serves (so "8 916 123-45-67" is Russian and "(202) 555-0143"
 * American); other digit strings are tried as the identifiers whose shape they have (customer and
 * account numbers, IMEI with its Luhn digit, ESN, ICCID, INN with its check digits); letters and
 * digits together are a contract number; anything with an @ an e-mail; letters alone a name.
 */
public final class QueryClassifier {

	public static final int MAX_LENGTH = 100;

	private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+\\d\\s\\-().]+");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
	private static final Pattern HEX_EQUIPMENT = Pattern.compile("(?i)(?=.*[a-f])[0-9a-f]{8}|(?=.*[a-f])[0-9a-f]{14}");
	private static final Pattern EIN = Pattern.compile("\\d{2}-\\d{7}");
	private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{L}\\d\\s\\-/.№#]+");

	private QueryClassifier() {
	}

	public static SearchQuery classify(String raw, Collection<String> regions) {
		String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return problem(text, Problem.EMPTY);
		}
		if (text.length() > MAX_LENGTH) {
			return problem(text.substring(0, MAX_LENGTH), Problem.TOO_LONG);
		}
		if (text.indexOf('@') >= 0) {
			return EMAIL.matcher(text).matches()
					? new SearchQuery(text, List.of(new Lookup.ByEmail(text.toLowerCase(Locale.ROOT))), null)
					: problem(text, Problem.NOTHING_SEARCHABLE);
		}
		if (PHONE_CHARACTERS.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
			return digits(text, regions);
		}
		if (HEX_EQUIPMENT.matcher(text).matches()) {
			return new SearchQuery(text, List.of(new Lookup.ByEquipmentId(Imei.parseOrNull(text))), null);
		}
		if (LETTERS_AND_DIGITS.matcher(text).matches()) {
			return new SearchQuery(text, List.of(new Lookup.ByContractNumber(text)), null);
		}
		List<String> words = CustomerSearch.nameWords(text);
		return words.isEmpty() ? problem(text, Problem.NOTHING_SEARCHABLE)
				: new SearchQuery(text, List.of(new Lookup.ByName(words)), null);
	}

	private static SearchQuery digits(String text, Collection<String> regions) {
		List<Lookup> lookups = new ArrayList<>();
		Set<Msisdn> phones = Msisdn.parseAll(text, regions);
		if (!phones.isEmpty()) {
			lookups.add(new Lookup.ByPhone(phones));
		}
		if (!text.startsWith("+")) {
			String digits = text.replaceAll("\\D", "");
			if (digits.length() >= 6 && digits.length() <= 8) {
				lookups.add(new Lookup.ByCustomerNumber(digits));
			}
			if (digits.length() >= 7 && digits.length() <= 10) {
				lookups.add(new Lookup.ByAccountNumber(digits));
			}
			Imei equipment = Imei.parseOrNull(digits);
			if (equipment != null) {
				lookups.add(new Lookup.ByEquipmentId(equipment));
			}
			Iccid iccid = Iccid.parseOrNull(digits);
			if (iccid != null) {
				lookups.add(new Lookup.ByIccid(iccid));
			}
			if (Inn.isValid(digits)) {
				lookups.add(new Lookup.ByTaxId(digits));
			}
			if (EIN.matcher(text).matches()) {
				lookups.add(new Lookup.ByTaxId(text));
			}
		}
		return lookups.isEmpty() ? problem(text, Problem.NO_IDENTIFIER_SHAPE) : new SearchQuery(text, lookups, null);
	}

	private static SearchQuery problem(String text, Problem problem) {
		return new SearchQuery(text, List.of(), problem);
	}
}
