package io.switchboard.platform.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an entry of an administered list is called, one name per language tag ({@code en}, {@code ru},
 * ...). A language without a name reads the English one ({@link #in(Locale)}); the administration pages
 * show exactly what is stored ({@link #exactly(String)}).
 */
public record Names(Map<String, String> byLanguage) {

	public Names {
		Map<String, String> kept = new LinkedHashMap<>();
		if (byLanguage != null) {
			byLanguage.forEach((language, name) -> {
				if (language != null && name != null && !name.isBlank()) {
					kept.put(language, name.strip());
				}
			});
		}
		byLanguage = Collections.unmodifiableMap(kept);
	}

	/** Names from pairs: {@code Names.of("en", "Billing back office", "ru", "Бэк-офис по счетам")}. */
	public static Names of(String... languageThenName) {
		if (languageThenName.length % 2 != 0) {
			throw new IllegalArgumentException("Names come in pairs of a language tag and a name");
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i < languageThenName.length; i += 2) {
			names.put(languageThenName[i], languageThenName[i + 1]);
		}
		return new Names(names);
	}

	/** The name in this language, or null when it has none (what an administration page shows). */
	public String exactly(String language) {
		return byLanguage.get(language);
	}

	/** The name to read in this language: its own, else the English one, else null. */
	public String in(Locale locale) {
		String own = locale == null ? null : byLanguage.get(locale.getLanguage());
		return own != null ? own : byLanguage.get(Locale.ENGLISH.getLanguage());
	}

	/** Whether {@code name} is this entry's name in any language, ignoring case. */
	public boolean anyIs(String name) {
		return name != null && byLanguage.values().stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
	}
}
