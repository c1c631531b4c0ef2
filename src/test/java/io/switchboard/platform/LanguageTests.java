package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agent.AgentApi;
import io.switchboard.support.TestLogins;
import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The desk speaks the agent's language: the browser's Accept-Language by default, {@code ?lang=} or the
 * switcher to change it, and the choice is remembered for the agent's next login.
 */
@SwitchboardApplicationTest
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	AgentApi agentApi;

	@Test
	void theLoginPageFollowsTheBrowsersLanguage() {
		assertThat(mvc.get().uri("/login").header("Accept-Language", "ru-RU,ru;q=0.9").exchange()).hasStatusOk()
			.bodyText().contains("Войти");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE").exchange()).hasStatusOk()
			.bodyText().contains("Log in");
		assertThat(mvc.get().uri("/login").header("Accept-Language", ";;;=").exchange()).hasStatusOk()
			.bodyText().contains("Log in");
	}

	@Test
	void aLanguageParameterSwitchesAndIsRememberedForTheAgent() {
		assertThat(mvc.get().uri("/").param("lang", "ru").with(agents.as("manager")).exchange()).hasStatusOk()
			.bodyText().contains("Недавно открытые");
		assertThat(agentApi.findByUsername("manager").orElseThrow().language()).isEqualTo("ru");
		assertThat(mvc.get().uri("/").with(agents.as("manager")).exchange()).as("a new session, the remembered language")
			.hasStatusOk().bodyText().contains("Недавно открытые");
		assertThat(mvc.get().uri("/").param("lang", "en").with(agents.as("manager")).exchange()).hasStatusOk()
			.bodyText().contains("Recently opened");
		assertThat(agentApi.findByUsername("manager").orElseThrow().language()).isEqualTo("en");
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() {
		assertThat(mvc.get().uri("/").param("lang", "xx").with(agents.as("backoffice")).exchange()).hasStatusOk()
			.bodyText().contains("Recently opened");
	}
}
