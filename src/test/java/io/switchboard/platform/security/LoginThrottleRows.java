package io.switchboard.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Throttle state as the tests need to find it: "an account that failed nine times a minute ago". */
final class LoginThrottleRows {

	private final LoginThrottle.Kind kind;
	private final String subject;
	private int failures;
	private Duration ago = Duration.ofMinutes(1);

	private LoginThrottleRows(LoginThrottle.Kind kind, String subject) {
		this.kind = kind;
		this.subject = subject;
	}

	static LoginThrottleRows anAccount(String username) {
		return new LoginThrottleRows(LoginThrottle.Kind.ACCOUNT, username);
	}

	static LoginThrottleRows aClient(String clientId) {
		return new LoginThrottleRows(LoginThrottle.Kind.CLIENT, clientId);
	}

	LoginThrottleRows thatFailed(int times) {
		this.failures = times;
		return this;
	}

	LoginThrottleRows lastTried(Duration ago) {
		this.ago = ago;
		return this;
	}

	/** Stored with its delay already over, so that the next attempt is admitted and checked. */
	void storeIn(JdbcClient jdbc) {
		Instant last = Instant.now().minus(ago);
		jdbc.sql("""
				INSERT INTO platform_sign_in_throttle (subject_type, subject, failures, last_attempt_at, next_attempt_at)
				VALUES (:kind, :subject, :failures, :last, NULL)""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("failures", failures)
			.param("last", last.atOffset(ZoneOffset.UTC))
			.update();
	}
}
