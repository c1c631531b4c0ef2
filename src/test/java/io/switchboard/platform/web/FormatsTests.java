package io.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.line.TestAgents;
import io.switchboard.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the agent reads: amounts in the agent's language, times that name the agent's time zone, and
 * days that no time zone moves.
 */
class FormatsTests {

	static final Instant AFTERNOON_UTC = Instant.parse("2026-11-20T14:30:00Z");

	final Formats formats = new Formats(bundles());

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static void anAgentIn(String language, String zone) {
		TestAgents.Principal agent = new TestAgents.Principal(TestAgents.operatorAgent(), language, zone);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(agent, "", agent.getAuthorities()));
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
	}

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aForeignCurrencyInEnglishIsSetApartFromItsDigits() {
		anAgentIn("en", "America/New_York");

		assertThat(formats.money(Money.of("4850.00", "RUB"))).isEqualTo("RUB\u00a04,850.00");
		assertThat(formats.money(Money.of("-4850.00", "RUB"))).isEqualTo("-RUB\u00a04,850.00");
		assertThat(formats.money(Money.of("4850.00", "USD"))).as("a symbol needs no space").isEqualTo("$4,850.00");
	}

	@Test
	void amountsInRussianReadAsRussiansWriteThem() {
		anAgentIn("ru", "Europe/Moscow");

		assertThat(formats.money(Money.of("4850.00", "RUB"))).isEqualTo("4\u00a0850,00\u00a0₽");
		assertThat(formats.money(Money.of("25.00", "USD"))).isEqualTo("25,00\u00a0$");
	}

	@Test
	void aTimeNamesTheAgentsTimeZone() {
		anAgentIn("en", "America/New_York");
		assertThat(formats.dateTime(AFTERNOON_UTC)).isEqualTo("Nov 20, 2026, 9:30\u202fAM\u00a0EST");
		assertThat(formats.time(AFTERNOON_UTC)).isEqualTo("9:30\u202fAM\u00a0EST");
		assertThat(formats.dateTime(Instant.parse("2026-07-20T14:30:00Z"))).as("in summer")
			.endsWith("10:30\u202fAM\u00a0EDT");

		anAgentIn("ru", "Europe/Moscow");
		assertThat(formats.dateTime(AFTERNOON_UTC)).isEqualTo("20 нояб. 2026\u202fг., 17:30\u00a0МСК");
	}

	@Test
	void aDayIsTheSameDayInEveryTimeZone() {
		LocalDate lastDay = LocalDate.of(2026, 12, 31);
		for (String zone : new String[] { "Pacific/Honolulu", "America/New_York", "UTC", "Europe/Moscow",
				"Pacific/Kiritimati" }) {
			anAgentIn("en", zone);
			assertThat(formats.date(lastDay)).as(zone).isEqualTo("Dec 31, 2026");
		}
	}
}
