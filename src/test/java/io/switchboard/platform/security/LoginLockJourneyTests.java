package io.switchboard.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.switchboard.platform.security.LoginThrottleRows.anAccount;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.agent.Role;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.support.BrowserJourney;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent who mistyped too often is told that sign-in is blocked, in English and in Russian; the
 * administrator finds the lock under Administration and lifts it; the agent logs in. Screenshots in
 * {@code target/screenshots/LoginLockJourneyTests/}.
 */
class LoginLockJourneyTests extends BrowserJourney {

	@Autowired
	AgentApi agents;

	@Autowired
	PartnerApi partners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLockedAgentIsToldSoAndTheAdministratorLiftsTheLock() {
		String username = "locked." + ThreadLocalRandom.current().nextInt(1_000_000);
		var operator = partners.all().stream().filter(p -> p.type() == PartnerType.OPERATOR).findFirst().orElseThrow();
		agents.create(new NewAgent(Ids.next(), username, "Lena Locked", "her-own-password", operator.id(),
				Set.of(Role.AGENT), "en", "UTC", Money.of("0", "USD")));
		anAccount(username).thatFailed(9).lastTried(Duration.ofMinutes(3)).storeIn(jdbc);

		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("one-more-guess");
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("#login-locked")).hasText("Sign-in is blocked for now after too many failed attempts. "
				+ "Try again in 15 min, or ask an administrator to lift the block.");
		screenshot("sign-in-blocked");
		page.navigate(page.url() + "&lang=ru");
		assertThat(page.locator("#login-locked")).containsText("Вход временно заблокирован");
		screenshot("sign-in-blocked-ru");
		page.navigate("/login?lang=en");

		logIn("admin", "admin");
		page.locator("#nav-admin").click();
		page.getByText("Sign-in locks").click();
		page.waitForURL("**/admin/login-locks");
		var row = page.locator("#login-locks tbody tr[data-subject='" + username + "']");
		assertThat(row).containsText("Agent account");
		assertThat(row).containsText("10");
		screenshot("sign-in-locks");
		row.getByText("Lift the lock").click();
		assertThat(page.locator("#lock-lifted")).hasText("The lock on " + username + " is lifted.");
		assertThat(row).hasCount(0);
		screenshot("lock-lifted");

		context.clearCookies();
		logIn(username, "her-own-password");
		assertThat(page.locator("#global-search")).isVisible();
	}
}
