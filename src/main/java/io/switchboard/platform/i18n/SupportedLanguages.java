package io.switchboard.platform.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The desk's languages, from the setting {@code switchboard.i18n.languages} (by default {@code en, ru}):
 * the language switcher offers them, an agent's remembered language and a customer's preferred language
 * are one of them, and every administered list ({@code platform.codes}) takes a name in each and reads
 * in each.
 * <p>
 * Adding a language is configuration, not code: list it here, and the administration pages show a name
 * box for it at once (until its names are typed in, lists read in English, then by their codes). The
 * desk's own words come from the message bundles: a {@code <module>_<tag>.properties} file per module
 * translates them; until then they read in English. English is always among the languages, first when
 * the setting does not say otherwise: the bundles' base files are written in it, and it is the fallback
 * for a name missing in another language.
 */
public final class SupportedLanguages {

	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final Locale RUSSIAN = Locale.of("ru");
	public static final String SETTING = "switchboard.i18n.languages";

	private final List<Locale> all;

	/**
	 * The languages named by these tags ({@code en}, {@code ru}, {@code uk}, ...), in this order; refused
	 * at start with a message naming the setting when a tag is not a language or English is missing.
	 */
	public SupportedLanguages(List<String> tags) {
		List<Locale> languages = new ArrayList<>();
		for (String tag : tags == null ? List.<String>of() : tags) {
			String language = tag == null ? "" : Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
			if (!language.matches("[a-z]{2,3}")) {
				throw new IllegalStateException("switchboard.i18n.languages: '" + tag
						+ "' is not a language tag (write en, ru, uk, de, ...)");
			}
			Locale locale = Locale.of(language);
			if (!languages.contains(locale)) {
				languages.add(locale);
			}
		}
		if (!languages.contains(ENGLISH)) {
			throw new IllegalStateException("switchboard.i18n.languages must include en: English is the desk's "
					+ "fallback language (given: " + tags + ")");
		}
		this.all = List.copyOf(languages);
	}

	/** The languages the setting {@code switchboard.i18n.languages} names ({@code en, ru} when it is not set). */
	public static SupportedLanguages configured(Environment environment) {
		return new SupportedLanguages(Binder.get(environment)
			.bind(SETTING, Bindable.listOf(String.class))
			.orElse(List.of("en", "ru")));
	}

	/** The languages in the order the switcher and the administration pages show them. */
	public List<Locale> all() {
		return all;
	}

	/** The supported language for a tag such as {@code ru}, {@code ru-RU} or {@code en_US}; English otherwise. */
	public Locale of(String tag) {
		if (tag == null || tag.isBlank()) {
			return ENGLISH;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return all.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
	}

	public boolean isSupported(String tag) {
		if (tag == null || tag.isBlank()) {
			return false;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return all.stream().anyMatch(l -> l.getLanguage().equals(language));
	}

	@Override
	public String toString() {
		return all.stream().map(Locale::getLanguage).toList().toString();
	}
}
