package io.switchboard.platform.security;

import static io.switchboard.platform.security.LoginThrottleRows.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.support.SwitchboardApplicationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guessing API clients' secrets on the token endpoint is throttled as agents' passwords are: a client
 * told to wait gets 429 with Retry-After, an unknown client and a wrong secret get the same answer.
 * The requests come through this machine as through the TLS proxy, which names the caller's address.
 */
@SwitchboardApplicationTest
class ClientLoginTests {

	static final String SECRET = "the-right-client-secret";

	@LocalServerPort
	int port;

	@Autowired
	ApiClients clients;

	@Autowired
	AuditApi audit;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();
	String clientId;
	String address;

	@BeforeEach
	void aClientOfOurOwnCallingFromAnAddressOfOurOwn() {
		clientId = "throttled-client-" + ThreadLocalRandom.current().nextInt(1_000_000);
		address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
		clients.register(clientId, SECRET, "Throttled client", "SWITCHBOARD");
	}

	record Answer(int status, String retryAfter, JsonNode body) {
	}

	Answer token(String id, String secret) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
				JsonMapper.builder().build().readTree(response.body()));
	}

	@Test
	void afterThreeWrongSecretsTheClientIsToldToWaitWith429AndRetryAfterEvenWithTheRightOne() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(token(clientId, "guess-" + i).status()).isEqualTo(401);
		}
		Answer refused = token(clientId, SECRET);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 10L);
		assertThat(refused.body().get("error").asString()).isEqualTo("invalid_client");
		assertThat(refused.body().has("access_token")).isFalse();
	}

	@Test
	void anUnknownClientAndAWrongSecretGetTheSameAnswer() throws Exception {
		Answer wrongSecret = token(clientId, "guess");
		Answer unknownClient = token("no-such-client-" + clientId, SECRET);

		assertThat(unknownClient.status()).isEqualTo(wrongSecret.status()).isEqualTo(401);
		assertThat(unknownClient.body()).isEqualTo(wrongSecret.body());
		assertThat(unknownClient.body().toString()).isEqualTo("{\"error\":\"invalid_client\"}");
	}

	@Test
	void theTenthWrongSecretLocksTheClientForAQuarterOfAnHourAndIsAudited() throws Exception {
		aClient(clientId).thatFailed(9).lastTried(Duration.ofMinutes(2)).storeIn(jdbc);

		assertThat(token(clientId, "guess-10").status()).isEqualTo(401);
		Answer locked = token(clientId, SECRET);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(Long.parseLong(locked.retryAfter())).isBetween(850L, 900L);
		assertThat(audit.forSubject(new AuditSubject("LOGIN_CLIENT", clientId), 1).getFirst().action())
			.isEqualTo("LOGIN_LOCKED");
	}

	@Test
	void theRightSecretGetsATokenAndForgetsEarlierMistakes() throws Exception {
		assertThat(token(clientId, "guess").status()).isEqualTo(401);
		assertThat(token(clientId, SECRET).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_sign_in_throttle WHERE subject_type = 'CLIENT' AND subject = ?")
			.param(clientId)
			.query(Integer.class)
			.single()).isZero();
	}
}
