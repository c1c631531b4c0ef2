package io.switchboard.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's callback: a small HTTP server on loopback that keeps every event POSTed to it. It
 * answers 204 unless told to answer otherwise ({@link #answer}), and can hold each request unanswered
 * until released ({@link #hold}), like a subscriber that has stopped responding.
 */
public final class EventReceiver implements AutoCloseable {

	private final HttpServer server;
	private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();
	private final List<JsonNode> events = new CopyOnWriteArrayList<>();
	private final AtomicInteger requests = new AtomicInteger();
	private final AtomicInteger answered = new AtomicInteger();
	private volatile int status = 204;
	private volatile CountDownLatch held = new CountDownLatch(0);

	public EventReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		JsonMapper json = JsonMapper.builder().build();
		server.createContext("/events", exchange -> {
			requests.incrementAndGet();
			JsonNode event = json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			try {
				held.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			int answer = status;
			if (answer >= 200 && answer < 300) {
				events.add(event);
			}
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
			answered.incrementAndGet();
		});
		// held requests must not keep the others waiting
		server.setExecutor(threads);
		server.start();
	}

	public String callback() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
	}

	/** The events accepted (answered 2xx). */
	public List<JsonNode> events() {
		return List.copyOf(events);
	}

	/** The events of this type about the resource with this id. */
	public List<JsonNode> about(String eventType, String resource, String id) {
		return events.stream()
			.filter(e -> eventType.equals(e.path("eventType").asString()))
			.filter(e -> id.equals(e.path("event").path(resource).path("id").asString()))
			.toList();
	}

	/** Answers every request from now on with this status (500: the subscriber is broken). */
	public void answer(int status) {
		this.status = status;
	}

	/** Holds every request from now on without an answer, until {@link #release}. */
	public void hold() {
		held = new CountDownLatch(1);
	}

	public void release() {
		held.countDown();
	}

	/** How many requests arrived, answered or not. */
	public int requests() {
		return requests.get();
	}

	/** How many requests were answered. */
	public int answered() {
		return answered.get();
	}

	@Override
	public void close() {
		release();
		server.stop(0);
		threads.shutdownNow();
	}
}
