package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.support.TestLogins;
import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Only logged-in agents reach the desk; forms carry CSRF tokens; passwords are checked against hashes. */
@SwitchboardApplicationTest
class DeskSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockMvc plain;

	@Autowired
	TestLogins agents;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/customers/100001").exchange()).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/login").exchange()).hasStatusOk().bodyText().contains("Log in");
	}

	@Test
	void anExpiredSessionOnAPanelAsksTheBrowserToReloadTheLoginPage() {
		assertThat(mvc.get().uri("/customers/100001/panels/profile").header("HX-Request", "true").exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("HX-Redirect", "/login");
	}

	@Test
	void theDemoAgentLogsInAndAWrongPasswordIsRefused() throws Exception {
		assertThat(mvc.perform(formLogin().user("agent").password("agent"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin().user("agent").password("Agent"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user("nobody").password("agent"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/customers/100001/flash").param("body", "x").param("severity", "INFO")
			.with(agents.as("agent")).exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void loggingOutEndsTheSession() {
		assertThat(mvc.post().uri("/logout").with(agents.as("agent")).with(csrf()).exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
	}

	@Test
	void pagesDoNotLeakStackTraces() {
		var result = mvc.get().uri("/customers/%00").with(agents.as("agent")).exchange();
		assertThat(result.getResponse().getStatus()).isBetween(400, 404);
		assertThat(result).bodyText().doesNotContain("Exception").doesNotContain("at io.switchboard");
	}
}
