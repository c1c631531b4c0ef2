package io.switchboard.balance.ocs;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.switchboard.balance.BucketType;
import io.switchboard.balance.BucketView;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A real OCS over HTTP ({@code switchboard.ocs.adapter=http}), behind the circuit breaker {@code ocs}
 * ({@code resilience4j.circuitbreaker.instances.ocs.*}).
 *
 * <h2>The contract this adapter expects</h2>
 * <pre>
 * GET {switchboard.ocs.http.base-url}/subscribers/{msisdn}
 *     msisdn: the line's number in E.164 without the plus, e.g. 12025550143
 *     Accept: application/json
 *
 * 200 OK, Content-Type: application/json
 * {
 *   "networkStatus": "ATTACHED",             ATTACHED | DETACHED | BARRED | NOT_PROVISIONED (anything else: unknown)
 *   "roaming": false,                         optional, default false
 *   "lastActivityAt": "2026-11-22T10:15:30Z", optional, ISO-8601 instant
 *   "mainBalance": { "amount": "12.50", "currency": "USD" },   optional: prepaid lines only
 *   "mainBalanceExpiresAt": "2027-01-31T23:59:59Z",            optional
 *   "buckets": [                              optional
 *     { "type": "DATA",                       MINUTES | TEXTS | DATA (others are skipped)
 *       "unit": "MB",                         MIN | SMS | MB
 *       "allowance": 10240,                   null or absent: unlimited
 *       "used": 3100,
 *       "periodStart": "2026-11-01T00:00:00Z", "periodEnd": "2026-12-01T00:00:00Z",
 *       "source": "PLAN" }
 *   ],
 *   "asOf": "2026-11-22T10:16:00Z"           optional: when the OCS computed the values (default: now)
 * }
 *
 * 404 Not Found: the OCS does not know the number. Not a failure.
 * </pre>
 * Anything else (another status, a connect or read timeout per {@code switchboard.ocs.http.*}, a body
 * that cannot be read) is a failure: it is counted by the breaker, which after enough failures (or
 * slow calls) stops calling the OCS for a while, so an OCS in trouble does not hold every agent's page.
 * Unknown JSON properties are ignored.
 */
class HttpOcs implements OnlineChargingSystem {

	private final RestClient client;
	private final CircuitBreaker breaker;
	private final Clock clock;

	HttpOcs(RestClient client, CircuitBreaker breaker, Clock clock) {
		this.client = client;
		this.breaker = breaker;
		this.clock = clock;
	}

	static HttpOcs of(OcsSettings.Http settings, CircuitBreaker breaker, Clock clock) {
		URI baseUrl = Objects.requireNonNull(settings.baseUrl(),
				"switchboard.ocs.http.base-url is required when switchboard.ocs.adapter=http");
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.readTimeout());
		RestClient client = RestClient.builder()
			.baseUrl(baseUrl.toString())
			.requestFactory(requests)
			.defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
			.build();
		return new HttpOcs(client, breaker, clock);
	}

	@Override
	public Optional<OcsReading> read(OcsQuery query) {
		try {
			return breaker.executeSupplier(() -> call(query));
		}
		catch (CallNotPermittedException open) {
			throw new OcsUnavailable(OcsUnavailable.Reason.CIRCUIT_OPEN, open);
		}
		catch (ResourceAccessException io) {
			throw new OcsUnavailable(timedOut(io) ? OcsUnavailable.Reason.TIMEOUT : OcsUnavailable.Reason.UNREACHABLE,
					io);
		}
		catch (RuntimeException failed) {
			throw new OcsUnavailable(OcsUnavailable.Reason.ERROR, failed);
		}
	}

	@Override
	public boolean simulated() {
		return false;
	}

	private Optional<OcsReading> call(OcsQuery query) {
		Answer answer = client.get()
			.uri("/subscribers/{msisdn}", query.digits())
			.exchange((request, response) -> {
				if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
					return null;
				}
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new RestClientResponseException("OCS answered " + response.getStatusCode().value(),
							response.getStatusCode(), response.getStatusText(), response.getHeaders(), null, null);
				}
				Answer body = response.bodyTo(Answer.class);
				if (body == null) {
					throw new RestClientException("OCS answered without a body");
				}
				return body;
			});
		return Optional.ofNullable(answer).map(this::reading);
	}

	private OcsReading reading(Answer a) {
		List<BucketView> buckets = a.buckets() == null ? List.of()
				: a.buckets().stream()
					.filter(b -> b != null && known(b.type()))
					.map(b -> new BucketView(BucketType.valueOf(b.type()), b.unit(), b.allowance(),
							b.used() == null ? 0 : b.used(), b.periodStart(), b.periodEnd(), b.source()))
					.toList();
		Money main = a.mainBalance() == null || a.mainBalance().amount() == null ? null
				: Money.of(a.mainBalance().amount(), a.mainBalance().currency());
		return new OcsReading(NetworkStatus.of(a.networkStatus()), Boolean.TRUE.equals(a.roaming()),
				a.lastActivityAt(), main, a.mainBalanceExpiresAt(), buckets,
				a.asOf() == null ? clock.instant() : a.asOf());
	}

	private static boolean known(String type) {
		return Arrays.stream(BucketType.values()).anyMatch(t -> t.name().equals(type));
	}

	private static boolean timedOut(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** The OCS's answer as it comes over the wire. */
	record Answer(String networkStatus, Boolean roaming, Instant lastActivityAt, Amount mainBalance,
			Instant mainBalanceExpiresAt, List<BucketJson> buckets, Instant asOf) {
	}

	record Amount(BigDecimal amount, String currency) {
	}

	record BucketJson(String type, String unit, Long allowance, Long used, Instant periodStart, Instant periodEnd,
			String source) {
	}
}
