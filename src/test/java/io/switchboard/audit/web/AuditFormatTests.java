package io.switchboard.audit.web;

import static io.switchboard.audit.AuditValues.day;
import static io.switchboard.audit.AuditValues.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.audit.AuditValues;
import io.switchboard.platform.web.Formats;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The audit trail reads stored values out in the agent's language: coded values by their names, days
 * in the agent's format, phone numbers grouped; never a raw code such as PASSPORT, HOME or INFO.
 */
class AuditFormatTests {

	final ResourceBundleMessageSource messages = bundles();

	final AuditFormat format = new AuditFormat(messages, new Formats(messages));

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform", "i18n/customer", "i18n/audit");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void codedValuesReadAsWordsInTheAgentsLanguage() {
		String passport = term("documentType.PASSPORT") + " ••••12, " + AuditValues.text("ОВД Тверского района") + ", "
				+ day(LocalDate.of(2015, 4, 3));
		String phone = "+12025550143 (" + term("contactPurpose.HOME") + ", " + term("audit.term.preferred") + ")";
		String note = term("severity.INFO") + ": " + AuditValues.text("Prefers e-mail");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(format.value("identification", passport)).isEqualTo("Passport ••••12, ОВД Тверского района, Apr 3, 2015");
		assertThat(format.value("phones", phone)).isEqualTo("+1 202-555-0143 (home, preferred)");
		assertThat(format.value("flashNote", note)).isEqualTo("Info: Prefers e-mail");
		assertThat(format.value("preferredLanguage", term("customerLanguage.ru"))).isEqualTo("Russian");

		LocaleContextHolder.setLocale(Locale.of("ru"));
		assertThat(format.value("identification", passport)).startsWith("Паспорт ••••12").endsWith("3 апр. 2015\u202fг.");
		assertThat(format.value("phones", phone)).isEqualTo("+1 202-555-0143 (домашний, основной)");
		assertThat(format.value("flashNote", note)).isEqualTo("Информация: Prefers e-mail");
	}

	@Test
	void whatAnAgentTypedIsNeverReadAsATerm() {
		String typed = AuditValues.text("call about ⟦severity.CRITICAL⟧ please");

		assertThat(format.value("flashNote", typed)).isEqualTo("call about [severity.CRITICAL] please");
	}

	@Test
	void aCodeTheBundlesDoNotKnowReadsAsItsCodeAndACutTermIsDropped() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(format.value("identification", term("documentType.MILITARY_ID") + " ••••01"))
			.isEqualTo("MILITARY_ID ••••01");
		assertThat(format.value("emails", "jane@example.com (" + term("contactPurpose.HOME") + "); jo@example.com (⟦contactPur"))
			.isEqualTo("jane@example.com (home); jo@example.com (…");
	}

	@Test
	void valuesWrittenBeforeTermsAndLabelledCodesStillRead() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(format.value("lastName", "Petrova")).isEqualTo("Petrova");
		assertThat(format.value("userPhone", "+12025550177")).isEqualTo("+1 202-555-0177");
		assertThat(format.value("secret", "PUK1")).isEqualTo("PUK1");
		assertThat(format.value("secret", "PASSWORD")).isEqualTo("Service password");
		assertThat(format.field("taxId")).isEqualTo("Tax number");
		assertThat(format.value("lastName", null)).isNull();
	}
}
