package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Only logged-in agents reach the desk; forms carry CSRF tokens; passwords are checked against hashes;
 * sessions live in the database and end with logout; metrics are for administrators.
 */
@SwitchboardApplicationTest
class DeskSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockMvc plain;

	@Autowired
	TestLogins agents;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

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

	/** Logs in through the form, as a browser does, and returns the session cookie it was given. */
	Cookie loggedIn(String username) {
		var login = mvc.post().uri("/login").param("username", username).param("password", username).with(csrf())
			.with(request -> {
				request.setRemoteAddr("198.18.0.1");
				return request;
			})
			.exchange();
		assertThat(login).hasRedirectedUrl("/");
		return login.getResponse().getCookie("SESSION");
	}

	int sessionsInTheDatabase(Cookie cookie) {
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(id).query(Integer.class)
			.single();
	}

	@Test
	void theSessionIsKeptInTheDatabaseAndEndsAfterThirtyMinutesIdle() {
		Cookie session = loggedIn("agent");

		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		assertThat(jdbc.sql("SELECT principal_name, max_inactive_interval FROM spring_session WHERE session_id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2))
			.single()).isEqualTo("agent 1800");
		assertThat(mvc.get().uri("/customers/100001").cookie(session).exchange()).hasStatusOk();
	}

	@Test
	void loggingOutEndsTheSession() {
		Cookie session = loggedIn("agent");
		assertThat(sessionsInTheDatabase(session)).isOne();

		assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()).exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?logout");

		assertThat(sessionsInTheDatabase(session)).isZero();
		assertThat(mvc.get().uri("/customers/100001").cookie(session).exchange()).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login?expired");
	}

	@Test
	void aPanelAskedForWithASessionThatEndedReloadsTheLoginPageSayingSo() {
		Cookie ended = new Cookie("SESSION", Base64.getEncoder()
			.encodeToString("00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8)));
		assertThat(mvc.get().uri("/customers/100001/panels/profile").cookie(ended).header("HX-Request", "true")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("HX-Redirect", "/login?expired");
	}

	@Test
	void metricsAreForAdministratorsOnly() {
		assertThat(mvc.get().uri("/actuator/metrics").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/actuator/metrics").with(agents.as("agent")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/actuator/metrics").with(agents.as("admin")).exchange()).hasStatusOk()
			.bodyText().contains("\"names\"");
		assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
	}

	@Test
	void behindTheTlsProxyTheBrowserIsToldToStayOnHttps() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI login = URI.create("http://localhost:" + port + "/login");

		HttpResponse<Void> overHttps = http.send(HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.discarding());
		HttpResponse<Void> overHttp = http.send(HttpRequest.newBuilder(login).build(),
				HttpResponse.BodyHandlers.discarding());

		assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void pagesDoNotLeakStackTraces() {
		var result = mvc.get().uri("/customers/%00").with(agents.as("agent")).exchange();
		assertThat(result.getResponse().getStatus()).isBetween(400, 404);
		assertThat(result).bodyText().doesNotContain("Exception").doesNotContain("at io.switchboard");
	}
}
