package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One delivery attempt as the worker makes it: 2xx is delivered; the address is checked at the moment
 * of connecting (a name that now resolves into the private network is not connected to); redirects are
 * not followed; an attempt is cut off at the delivery timeout however long the read timeout is.
 */
class HubCallbacksTests {

	static final byte[] EVENT = "{\"eventType\":\"TroubleTicketCreateEvent\"}".getBytes(StandardCharsets.UTF_8);

	ScheduledExecutorService timers;
	HttpServer server;
	List<String> received = new CopyOnWriteArrayList<>();

	static HubSettings settings(boolean allowInternal, Duration deliveryTimeout) {
		return new HubSettings(allowInternal, Duration.ofSeconds(2), Duration.ofSeconds(30), deliveryTimeout,
				Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(5), 2,
				Duration.ofDays(7));
	}

	/** A resolver standing in for DNS: every name resolves to this machine. */
	static DnsResolver everyNameIsThisMachine() {
		return new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
	}

	@BeforeEach
	void start() throws IOException {
		timers = Executors.newSingleThreadScheduledExecutor();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/events", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.createContext("/broken", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		server.createContext("/moved", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/events");
			exchange.sendResponseHeaders(307, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		timers.shutdownNow();
	}

	int port() {
		return server.getAddress().getPort();
	}

	@Test
	void aSubscriberThatAnswers2xxHasTheEvent() throws IOException {
		try (HubCallbacks callbacks = new HubCallbacks(settings(true, Duration.ofSeconds(10)), timers)) {
			HubCallbacks.Outcome outcome = callbacks.post("http://127.0.0.1:" + port() + "/events", EVENT);
			assertThat(outcome.delivered()).isTrue();
			assertThat(received).containsExactly("{\"eventType\":\"TroubleTicketCreateEvent\"}");
		}
	}

	@Test
	void aNameThatNowResolvesIntoThisMachineIsNotConnectedTo() throws IOException {
		String callback = "http://subscriber.example:" + port() + "/events";
		try (HubCallbacks strict = new HubCallbacks(new HubCallbacks.CheckedResolver(everyNameIsThisMachine(), false),
				settings(false, Duration.ofSeconds(10)), timers)) {
			HubCallbacks.Outcome outcome = strict.post(callback, EVENT);
			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.answered()).isFalse();
			assertThat(outcome.error()).contains("refused to connect").contains("subscriber.example")
				.contains("127.0.0.1 is in 127.0.0.0/8, Loopback");
		}
		assertThat(received).isEmpty();
		// the same name with subscribers inside the network allowed: the stand-in DNS does reach the receiver
		try (HubCallbacks inside = new HubCallbacks(new HubCallbacks.CheckedResolver(everyNameIsThisMachine(), true),
				settings(true, Duration.ofSeconds(10)), timers)) {
			assertThat(inside.post(callback, EVENT).delivered()).isTrue();
		}
		assertThat(received).hasSize(1);
	}

	@Test
	void redirectsAreNotFollowed() throws IOException {
		try (HubCallbacks callbacks = new HubCallbacks(settings(true, Duration.ofSeconds(10)), timers)) {
			HubCallbacks.Outcome outcome = callbacks.post("http://127.0.0.1:" + port() + "/moved", EVENT);
			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.answered()).isTrue();
			assertThat(outcome.error()).isEqualTo("HTTP 307");
		}
		assertThat(received).isEmpty();
	}

	@Test
	void anErrorAnswerIsNotADeliveryButTheSubscriberWasReached() throws IOException {
		try (HubCallbacks callbacks = new HubCallbacks(settings(true, Duration.ofSeconds(10)), timers)) {
			HubCallbacks.Outcome outcome = callbacks.post("http://127.0.0.1:" + port() + "/broken", EVENT);
			assertThat(outcome).isEqualTo(new HubCallbacks.Outcome(false, true, "HTTP 500"));
		}
	}

	@Test
	void anAttemptIsCutOffAtTheDeliveryTimeoutThoughTheReadTimeoutIsLonger() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
				HubCallbacks callbacks = new HubCallbacks(settings(true, Duration.ofMillis(500)), timers)) {
			Thread accepting = Thread.ofVirtual().start(() -> {
				try (Socket held = silent.accept()) {
					// reads nothing and answers nothing, for longer than the test waits
					Thread.sleep(60_000);
				}
				catch (IOException | InterruptedException ignored) {
					// the test is over
				}
			});
			HubCallbacks.Outcome outcome = callbacks.post("http://127.0.0.1:" + silent.getLocalPort() + "/events", EVENT);
			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.answered()).isFalse();
			assertThat(outcome.error()).isEqualTo("no answer within 500 ms");
			accepting.interrupt();
		}
	}
}
