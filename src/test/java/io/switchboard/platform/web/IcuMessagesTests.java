package io.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Counts in words follow each language's plural rules, durations read as words, and no template reads
 * an ICU message through Spring's {@code #{...}} (whose MessageFormat fails on {@code plural}).
 */
class IcuMessagesTests {

	static final Locale RU = Locale.forLanguageTag("ru");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	final StaticMessageSource bundle = new StaticMessageSource();
	final IcuMessages icu = new IcuMessages(bundle);

	IcuMessagesTests() {
		bundle.addMessage("count", Locale.ENGLISH, "{0, plural, one{# ticket} other{# tickets}} in {1}");
		bundle.addMessage("count", RU, "{0, plural, one{# заявка} few{# заявки} many{# заявок} other{# заявки}} в {1}");
		bundle.addMessage("quoted", Locale.ENGLISH, "The customer''s {0, plural, one{reply} other{replies}}");
	}

	@Test
	void englishHasOneAndOther() {
		assertThat(icu.format("count", Locale.ENGLISH, 1, "Billing")).isEqualTo("1 ticket in Billing");
		assertThat(icu.format("count", Locale.ENGLISH, 0, "Billing")).isEqualTo("0 tickets in Billing");
		assertThat(icu.format("count", Locale.ENGLISH, 2, "Billing")).isEqualTo("2 tickets in Billing");
		assertThat(icu.format("count", Locale.ENGLISH, 1234L, "Billing")).isEqualTo("1,234 tickets in Billing");
	}

	@Test
	void russianHasOneFewAndMany() {
		assertThat(icu.format("count", RU, 1, "очереди")).isEqualTo("1 заявка в очереди");
		assertThat(icu.format("count", RU, 3, "очереди")).isEqualTo("3 заявки в очереди");
		assertThat(icu.format("count", RU, 5, "очереди")).isEqualTo("5 заявок в очереди");
		assertThat(icu.format("count", RU, 11, "очереди")).isEqualTo("11 заявок в очереди");
		assertThat(icu.format("count", RU, 21, "очереди")).isEqualTo("21 заявка в очереди");
		assertThat(icu.format("count", RU, 24, "очереди")).isEqualTo("24 заявки в очереди");
	}

	@Test
	void aDoubledApostropheIsOneApostropheAsInTheOtherMessages() {
		assertThat(icu.format("quoted", Locale.ENGLISH, 2)).isEqualTo("The customer's replies");
	}

	@Test
	void durationsReadAsWordsToTheTwoLargestUnits() {
		assertThat(icu.duration(Duration.ofDays(2).plusHours(3).plusMinutes(59), Locale.ENGLISH))
			.isEqualTo("2 days, 3 hours");
		assertThat(icu.duration(Duration.ofDays(1), Locale.ENGLISH)).isEqualTo("1 day");
		assertThat(icu.duration(Duration.ofHours(1).plusMinutes(5), Locale.ENGLISH)).isEqualTo("1 hour, 5 minutes");
		assertThat(icu.duration(Duration.ofSeconds(20), Locale.ENGLISH)).isEqualTo("1 minute");
		assertThat(icu.duration(Duration.ofDays(2).plusHours(3), RU)).isEqualTo("2 дня 3 часа");
		assertThat(icu.duration(Duration.ofDays(5).plusHours(21), RU)).isEqualTo("5 дней 21 час");
	}

	@Test
	void icuMessagesParseInBothLanguagesAndAreReadOnlyThroughTheIcuHelper() throws IOException {
		Properties en = bundles(false);
		Properties ru = bundles(true);
		Set<String> icuKeys = new TreeSet<>();
		en.forEach((key, value) -> {
			if (value.toString().matches("(?s).*\\{\\d+,\\s*(plural|select|selectordinal)\\s*,.*")) {
				icuKeys.add(key.toString());
			}
		});
		assertThat(icuKeys).as("the ticket pages count in words").contains("ticket.list.count", "ticket.nav.new");
		Pattern spring = Pattern.compile("#\\{'?([A-Za-z][\\w.]*)'?[}(]");
		Pattern helper = Pattern.compile("@icu\\.msg\\('([A-Za-z][\\w.]*)'");
		Set<String> misread = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file);
				Matcher m = spring.matcher(template);
				while (m.find()) {
					if (icuKeys.contains(m.group(1))) {
						misread.add(m.group(1) + " in " + TEMPLATES.relativize(file));
					}
				}
				Matcher h = helper.matcher(template);
				while (h.find()) {
					if (!en.containsKey(h.group(1)) || !ru.containsKey(h.group(1))) {
						missing.add(h.group(1) + " in " + TEMPLATES.relativize(file));
					}
				}
			}
		}
		for (String key : icuKeys) {
			assertThat(ru.getProperty(key)).as("%s in Russian", key).isNotNull();
			assertThatCode(() -> new com.ibm.icu.text.MessageFormat(en.getProperty(key), ULocale.ENGLISH))
				.as("%s in English", key).doesNotThrowAnyException();
			assertThatCode(() -> new com.ibm.icu.text.MessageFormat(ru.getProperty(key), ULocale.forLocale(RU)))
				.as("%s in Russian", key).doesNotThrowAnyException();
		}
		assertThat(misread).as("ICU messages read with #{...}").isEmpty();
		assertThat(missing).as("keys read with @icu.msg missing in a language").isEmpty();
	}

	static Properties bundles(boolean russian) throws IOException {
		Properties merged = new Properties();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			if (bundle.getFilename().endsWith("_ru.properties") == russian) {
				try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					merged.load(reader);
				}
			}
		}
		return merged;
	}
}
