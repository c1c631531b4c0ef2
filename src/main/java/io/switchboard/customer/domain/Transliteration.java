package io.switchboard.customer.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of a Cyrillic name word, so an agent who types "Ivanov" or "Sergey" finds
 * «Иванов» or «Сергей». Two systems are indexed when they differ: the one in Russian passports
 * (ICAO 9303: й→i, ю→iu, я→ia, х→kh) and the one people commonly write (й→y, ю→yu, я→ya).
 */
final class Transliteration {

	private static final Map<Character, String> PASSPORT = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
			Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
			Map.entry('ю', "iu"), Map.entry('я', "ia"));

	private static final Map<Character, String> COMMON = Map.of('й', "y", 'ъ', "", 'ю', "yu", 'я', "ya");

	private Transliteration() {
	}

	/** The Latin spellings of a lower-case word; empty when the word is not Cyrillic. */
	static Set<String> latin(String word) {
		Set<String> spellings = new LinkedHashSet<>();
		if (word.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			return spellings;
		}
		StringBuilder passport = new StringBuilder();
		StringBuilder common = new StringBuilder();
		for (char c : word.toCharArray()) {
			String p = PASSPORT.getOrDefault(c, Character.isLetter(c) && c < 0x80 ? String.valueOf(c) : null);
			if (p == null) {
				return Set.of();
			}
			passport.append(p);
			common.append(COMMON.getOrDefault(c, p));
		}
		if (passport.length() >= 2) {
			spellings.add(passport.toString());
		}
		if (common.length() >= 2) {
			spellings.add(common.toString());
		}
		return spellings;
	}
}
