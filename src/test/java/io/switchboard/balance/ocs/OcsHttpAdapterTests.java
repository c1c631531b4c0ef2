package io.switchboard.balance.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.switchboard.balance.BucketType;
import io.switchboard.balance.BucketView;
import io.switchboard.line.LineStatus;
import io.switchboard.shared.Money;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The http OCS adapter against a stub OCS on loopback (the JDK's own HTTP server): it reads the
 * contract, tells an unknown number from a failure, gives up on a slow OCS at the read timeout, and
 * stops calling an OCS that keeps failing.
 */
class OcsHttpAdapterTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
	static final OcsQuery JANES_LINE = new OcsQuery(UUID.randomUUID(), "+12025550143", LineStatus.ACTIVE);

	HttpServer server;
	ExecutorService threads;
	final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
	volatile Answer answer = new Answer(200, "{}", Duration.ZERO);

	record Answer(int status, String body, Duration delay) {
	}

	@BeforeEach
	void aStubOcs() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		threads = Executors.newCachedThreadPool();
		server.setExecutor(threads);
		server.createContext("/ocs", exchange -> {
			requests.add(exchange);
			Answer current = answer;
			try {
				Thread.sleep(current.delay());
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				return;
			}
			byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(current.status(), body.length == 0 ? -1 : body.length);
			if (body.length > 0) {
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		threads.shutdownNow();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocs");
	}

	HttpOcs adapter(Duration readTimeout, CircuitBreaker breaker) {
		return HttpOcs.of(new OcsSettings.Http(baseUrl(), Duration.ofMillis(500), readTimeout), breaker,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	HttpOcs adapter() {
		return adapter(Duration.ofSeconds(2), CircuitBreaker.ofDefaults("ocs"));
	}

	static CircuitBreaker aTouchyBreaker() {
		return CircuitBreaker.of("ocs", CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(1))
			.build());
	}

	@Test
	void aLiveReadingIsReadAsTheContractSays() {
		answer = new Answer(200, """
				{ "networkStatus": "ATTACHED", "roaming": true, "lastActivityAt": "2026-11-22T09:55:00Z",
				  "mainBalance": { "amount": "12.50", "currency": "USD" }, "mainBalanceExpiresAt": "2027-01-31T23:59:59Z",
				  "buckets": [
				    { "type": "DATA", "unit": "MB", "allowance": 10240, "used": 3100,
				      "periodStart": "2026-11-01T00:00:00Z", "periodEnd": "2026-12-01T00:00:00Z", "source": "PLAN" },
				    { "type": "MINUTES", "unit": "MIN", "allowance": null, "used": 42,
				      "periodStart": "2026-11-01T00:00:00Z", "periodEnd": "2026-12-01T00:00:00Z", "source": "PLAN" },
				    { "type": "VIDEO", "unit": "MIN", "allowance": 10, "used": 1 }
				  ],
				  "asOf": "2026-11-22T09:59:30Z", "somethingNew": 1 }""", Duration.ZERO);

		OcsReading reading = adapter().read(JANES_LINE).orElseThrow();

		assertThat(requests).singleElement().satisfies(r -> {
			assertThat(r.getRequestURI().getPath()).isEqualTo("/ocs/subscribers/12025550143");
			assertThat(r.getRequestMethod()).isEqualTo("GET");
			assertThat(r.getRequestHeaders().getFirst("Accept")).isEqualTo("application/json");
		});
		assertThat(reading.networkStatus()).isEqualTo(NetworkStatus.ATTACHED);
		assertThat(reading.roaming()).isTrue();
		assertThat(reading.lastActivityAt()).isEqualTo(Instant.parse("2026-11-22T09:55:00Z"));
		assertThat(reading.mainBalance()).isEqualTo(Money.of("12.50", "USD"));
		assertThat(reading.mainBalanceExpiresAt()).isEqualTo(Instant.parse("2027-01-31T23:59:59Z"));
		assertThat(reading.buckets()).extracting(BucketView::type).containsExactly(BucketType.DATA, BucketType.MINUTES);
		assertThat(reading.buckets().getFirst().remaining()).isEqualTo(7140L);
		assertThat(reading.buckets().get(1).unlimited()).isTrue();
		assertThat(reading.asOf()).isEqualTo(Instant.parse("2026-11-22T09:59:30Z"));
	}

	@Test
	void aMinimalAnswerIsEnoughAndAStatusThisDeskDoesNotKnowIsShownAsUnknown() {
		answer = new Answer(200, "{ \"networkStatus\": \"PARKED\" }", Duration.ZERO);

		OcsReading reading = adapter().read(JANES_LINE).orElseThrow();

		assertThat(reading.networkStatus()).isEqualTo(NetworkStatus.UNKNOWN);
		assertThat(reading.mainBalance()).isNull();
		assertThat(reading.buckets()).isEmpty();
		assertThat(reading.asOf()).as("when the OCS does not say, the time of the answer").isEqualTo(NOW);
	}

	@Test
	void aNumberTheOcsDoesNotKnowIsAnAnswerNotAFailure() {
		answer = new Answer(404, "", Duration.ZERO);
		CircuitBreaker breaker = aTouchyBreaker();

		assertThat(adapter(Duration.ofSeconds(2), breaker).read(JANES_LINE)).isEqualTo(Optional.empty());
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void aSlowOcsIsGivenUpOnAtTheReadTimeout() {
		answer = new Answer(200, "{ \"networkStatus\": \"ATTACHED\" }", Duration.ofSeconds(3));
		long started = System.nanoTime();

		assertThatThrownBy(() -> adapter(Duration.ofMillis(300), CircuitBreaker.ofDefaults("ocs")).read(JANES_LINE))
			.isInstanceOfSatisfying(OcsUnavailable.class,
					e -> assertThat(e.reason()).isEqualTo(OcsUnavailable.Reason.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void anOcsAnsweringWithAServerErrorIsUnavailable() {
		answer = new Answer(503, "{ \"error\": \"maintenance\" }", Duration.ZERO);

		assertThatThrownBy(() -> adapter().read(JANES_LINE)).isInstanceOfSatisfying(OcsUnavailable.class,
				e -> assertThat(e.reason()).isEqualTo(OcsUnavailable.Reason.ERROR));
	}

	@Test
	void anAnswerThatIsNotTheContractIsAnError() {
		answer = new Answer(200, "<html>Service Unavailable</html>", Duration.ZERO);

		assertThatThrownBy(() -> adapter().read(JANES_LINE)).isInstanceOfSatisfying(OcsUnavailable.class,
				e -> assertThat(e.reason()).isEqualTo(OcsUnavailable.Reason.ERROR));
	}

	@Test
	void anOcsThatIsNotThereIsUnreachable() {
		HttpOcs adapter = adapter();
		server.stop(0);

		assertThatThrownBy(() -> adapter.read(JANES_LINE)).isInstanceOfSatisfying(OcsUnavailable.class,
				e -> assertThat(e.reason()).isIn(OcsUnavailable.Reason.UNREACHABLE, OcsUnavailable.Reason.TIMEOUT));
	}

	@Test
	void afterRepeatedFailuresTheBreakerStopsCallingTheOcs() {
		answer = new Answer(500, "", Duration.ZERO);
		CircuitBreaker breaker = aTouchyBreaker();
		HttpOcs adapter = adapter(Duration.ofSeconds(2), breaker);

		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> adapter.read(JANES_LINE)).isInstanceOfSatisfying(OcsUnavailable.class,
					e -> assertThat(e.reason()).isEqualTo(OcsUnavailable.Reason.ERROR));
		}
		answer = new Answer(200, "{ \"networkStatus\": \"ATTACHED\" }", Duration.ZERO);

		assertThatThrownBy(() -> adapter.read(JANES_LINE)).isInstanceOfSatisfying(OcsUnavailable.class,
				e -> assertThat(e.reason()).isEqualTo(OcsUnavailable.Reason.CIRCUIT_OPEN));
		assertThat(requests).as("the open breaker did not call the OCS").hasSize(2);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}
}
