package io.switchboard.platform.security;

import static io.switchboard.platform.security.LoginThrottleRows.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.agent.Role;
import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing agents' passwords on the login form is slowed down and then stopped, per account and per
 * address, the same way for usernames that exist and for those that do not. Each test signs in from an
 * address of its own, so that it neither feels nor leaves the other tests' failures.
 */
@SwitchboardApplicationTest
class LoginThrottleTests {

	static final String PASSWORD = "the-right-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AgentApi agents;

	@Autowired
	PartnerApi partners;

	@Autowired
	AuditApi audit;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	String username;
	String address;

	@BeforeEach
	void anAgentOfOurOwnOnAnAddressOfOurOwn() {
		username = "throttled." + ThreadLocalRandom.current().nextInt(1_000_000);
		address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "";
		var operator = partners.all().stream().filter(p -> p.type() == PartnerType.OPERATOR).findFirst().orElseThrow();
		agents.create(new NewAgent(Ids.next(), username, "Tess Throttled", PASSWORD, operator.id(), Set.of(Role.AGENT),
				"en", "UTC", Money.of("0", "USD")));
	}

	MvcTestResult logIn(String user, String password) {
		return mvc.post().uri("/login").param("username", user).param("password", password).with(csrf())
			.with(from(address)).exchange();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void afterThreeWrongPasswordsEvenTheRightOneMustWaitAndIsNotChecked() {
		for (int i = 0; i < 3; i++) {
			assertThat(logIn(username, "guess-" + i)).hasRedirectedUrl("/login?error");
		}
		MvcTestResult right = logIn(username, PASSWORD);

		assertThat(right).redirectedUrl().startsWith("/login?wait=");
		assertThat(right.getRequest().getSession(false)).satisfiesAnyOf(session -> assertThat(session).isNull(),
				session -> assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull());
	}

	@Test
	void anUnknownUsernameIsThrottledExactlyLikeAKnownOne() {
		List<String> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			known.add(logIn(username, "guess-" + i).getResponse().getRedirectedUrl());
		}
		address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		String nobody = "nobody." + ThreadLocalRandom.current().nextInt(1_000_000);
		for (int i = 0; i < 5; i++) {
			unknown.add(logIn(nobody, "guess-" + i).getResponse().getRedirectedUrl());
		}
		assertThat(unknown).isEqualTo(known)
			.containsExactly("/login?error", "/login?error", "/login?error", "/login?wait=10", "/login?wait=10");
	}

	@Test
	void theTenthFailureLocksTheAccountTheLockIsAuditedAndAnAdministratorLiftsIt() {
		anAccount(username).thatFailed(9).lastTried(Duration.ofMinutes(1)).storeIn(jdbc);

		assertThat(logIn(username, "guess-10")).hasRedirectedUrl("/login?locked=15");
		assertThat(logIn(username, PASSWORD)).hasRedirectedUrl("/login?locked=15");
		AuditEntryView locked = audit.forSubject(new AuditSubject("LOGIN_ACCOUNT", username), 1).getFirst();
		assertThat(locked.action()).isEqualTo("LOGIN_LOCKED");
		assertThat(locked.actorUsername()).isEqualTo("system");
		assertThat(locked.changes()).anySatisfy(change -> {
			assertThat(change.field()).isEqualTo("lastAddress");
			assertThat(change.after()).isEqualTo(address);
		});

		var page = mvc.get().uri("/admin/login-locks").with(logins.as("admin")).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("data-subject=\"" + username + "\"");
		assertThat(mvc.post().uri("/admin/login-locks/lift").param("kind", "ACCOUNT").param("subject", username)
			.with(logins.as("admin")).with(csrf()).exchange()).hasRedirectedUrl("/admin/login-locks");

		AuditEntryView lifted = audit.forSubject(new AuditSubject("LOGIN_ACCOUNT", username), 1).getFirst();
		assertThat(lifted.action()).isEqualTo("LOGIN_LOCK_LIFTED");
		assertThat(lifted.actorUsername()).isEqualTo("admin");
		assertThat(logIn(username, PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void onlyAnAdministratorSeesOrLiftsLocks() {
		assertThat(mvc.get().uri("/admin/login-locks").with(logins.as("manager")).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/admin/login-locks/lift").param("kind", "ACCOUNT").param("subject", username)
			.with(logins.as("agent")).with(csrf()).exchange()).hasStatus(403);
	}

	@Test
	void aSuccessfulLoginForgetsTheAccountsFailures() {
		assertThat(logIn(username, "guess-1")).hasRedirectedUrl("/login?error");
		assertThat(logIn(username, "guess-2")).hasRedirectedUrl("/login?error");
		assertThat(logIn(username, PASSWORD)).hasRedirectedUrl("/");
		// the count starts again: three more failures before a wait
		for (int i = 0; i < 3; i++) {
			assertThat(logIn(username, "guess-" + i)).hasRedirectedUrl("/login?error");
		}
	}

	@Test
	void manyFailuresFromOneAddressSlowItDownWhateverTheUsernames() {
		for (int i = 0; i < 20; i++) {
			assertThat(logIn("sprayed." + i + "." + username, "guess")).hasRedirectedUrl("/login?error");
		}
		assertThat(logIn(username, PASSWORD)).redirectedUrl().startsWith("/login?wait=");
	}

	@Test
	void aBurstOfAttemptsSentAtTheSameMomentGetsNoMoreChecksThanTheFreeFailures() throws Exception {
		LoginThrottle.Attempt attempt = LoginThrottle.Attempt.agent(username, address);
		List<Callable<LoginThrottle.Verdict>> burst = Collections.nCopies(12, () -> throttle.admit(attempt));
		ExecutorService threads = Executors.newFixedThreadPool(12);
		try {
			List<LoginThrottle.Verdict> verdicts = new ArrayList<>();
			for (Future<LoginThrottle.Verdict> verdict : threads.invokeAll(burst)) {
				verdicts.add(verdict.get());
			}
			assertThat(verdicts).filteredOn(LoginThrottle.Admitted.class::isInstance).hasSize(3);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theLoginPageSaysHowLongToWaitInTheAgentsLanguageAndNothingElse() {
		assertThat(mvc.get().uri("/login?wait=7").exchange()).bodyText()
			.contains("Too many failed attempts. Wait 7 s, then try again.");
		assertThat(mvc.get().uri("/login?locked=15&lang=ru").exchange()).bodyText()
			.contains("Вход временно заблокирован: слишком много неудачных попыток. Попробуйте снова через 15 мин");
		assertThat(mvc.get().uri("/login?wait=soon").exchange()).bodyText().doesNotContain("Too many failed attempts");
	}
}
