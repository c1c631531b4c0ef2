package io.switchboard.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The desk's languages are a setting: English and Russian unless it names more, English always among them. */
class SupportedLanguagesTests {

	@Test
	void withoutTheSettingTheDeskSpeaksEnglishAndRussian() {
		assertThat(SupportedLanguages.configured(new MockEnvironment()).all()).containsExactly(Locale.ENGLISH,
				Locale.of("ru"));
	}

	@Test
	void aThirdLanguageIsOneMoreEntryInTheSetting() {
		SupportedLanguages languages = SupportedLanguages
			.configured(new MockEnvironment().withProperty("switchboard.i18n.languages", "en, ru, uk"));
		assertThat(languages.all()).extracting(Locale::getLanguage).containsExactly("en", "ru", "uk");
		assertThat(languages.of("uk-UA")).isEqualTo(Locale.of("uk"));
		assertThat(languages.isSupported("uk")).isTrue();
		assertThat(languages.of("de")).as("a language not configured reads English").isEqualTo(Locale.ENGLISH);
	}

	@Test
	void englishCannotBeLeftOutNorCanSomethingThatIsNoLanguageBeAdded() {
		assertThatThrownBy(() -> new SupportedLanguages(List.of("ru", "uk")))
			.hasMessageContaining("switchboard.i18n.languages must include en");
		assertThatThrownBy(() -> new SupportedLanguages(List.of("en", "russian!")))
			.hasMessageContaining("'russian!' is not a language tag");
	}
}
