package io.switchboard.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a name into the words search matches on: lower case, accents dropped from Latin letters
 * (José → jose; Cyrillic й stays й), ё → е, apostrophes joined (O'Brien → obrien), everything else
 * that is not a letter a separator. One-letter words (middle initials) are kept out.
 */
final class NameWords {

	static final int MAX_WORD = 64;

	private NameWords() {
	}

	static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = withoutLatinAccents(text).toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("['’`ʼ]", "");
		Set<String> words = new LinkedHashSet<>();
		for (String word : folded.split("[^\\p{L}]+")) {
			if (word.length() >= 2) {
				words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
			}
		}
		return new ArrayList<>(words);
	}

	private static String withoutLatinAccents(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c > 0x7F && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
				out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
