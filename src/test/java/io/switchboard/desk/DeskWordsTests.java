package io.switchboard.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.PaymentType;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One word for one thing on the desk, in both languages: what the 360 calls a thing the line page
 * calls the same, and two different things never share a name an agent could mix up.
 */
class DeskWordsTests {

	static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

	static {
		BUNDLES.setBasenames("i18n/platform", "i18n/desk", "i18n/customer", "i18n/line", "i18n/balance",
				"i18n/audit", "i18n/ticket", "i18n/interaction");
		BUNDLES.setDefaultEncoding("UTF-8");
		BUNDLES.setFallbackToSystemLocale(false);
	}

	static String say(String key, String language) {
		return BUNDLES.getMessage(key, null, Locale.forLanguageTag(language));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void prepaidAndPostpaidReadTheSameOnThe360AndTheLinePage(String language) {
		for (PaymentType type : PaymentType.values()) {
			assertThat(say("line.paymentType." + type, language)).as("%s in %s", type, language)
				.isEqualTo(say("paymentType." + type, language));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void serviceRequestsAndInteractionsHaveDifferentNames(String language) {
		assertThat(say("ticket.serviceRequests.title", language))
			.isNotEqualToIgnoringCase(say("desk.tab.interactions", language))
			.isNotEqualToIgnoringCase(say("interaction.list.title", language));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void aCancelledLineIsCalledWhatItsStatusSays(String language) {
		String cancelled = say("line.status.CANCELLED", language).toLowerCase(Locale.ROOT);
		assertThat(say("lines.showAll", language).toLowerCase(Locale.ROOT)).contains(cancelled.substring(0, 4));
	}

	@Test
	void theRussianDeskCallsALineWhatTheLinePageCallsIt() {
		assertThat(say("line.activity.title", "ru")).contains("линии");
		assertThat(say("important.suspendedLine", "ru")).startsWith("Линия");
		assertThat(say("important.openLine", "ru")).isEqualTo("Открыть линию");
		assertThat(say("notice.linePending", "ru")).startsWith("Линия");
		assertThat(say("lines.title", "ru")).isEqualTo("Линии");
	}

	@ParameterizedTest
	@ValueSource(strings = { "login.lead", "error.INTERACTION_NOT_YOURS", "interaction.admin.hint" })
	void inRussianAnAgentIsASotrudnikNotTheOperatorWhichIsTheCompany(String key) {
		assertThat(say(key, "ru")).doesNotContain("оператор").contains("сотрудник");
	}
}
