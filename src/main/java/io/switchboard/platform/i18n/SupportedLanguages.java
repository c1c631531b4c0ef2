package io.switchboard.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The desk's languages. Adding one means a new bundle file per module and an entry here. */
public final class SupportedLanguages {

	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final Locale RUSSIAN = Locale.of("ru");
	public static final List<Locale> ALL = List.of(ENGLISH, RUSSIAN);

	private SupportedLanguages() {
	}

	/** The supported language for a tag such as {@code ru}, {@code ru-RU} or {@code en_US}; English otherwise. */
	public static Locale of(String tag) {
		if (tag == null || tag.isBlank()) {
			return ENGLISH;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
	}

	public static boolean isSupported(String tag) {
		if (tag == null || tag.isBlank()) {
			return false;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return ALL.stream().anyMatch(l -> l.getLanguage().equals(language));
	}
}
