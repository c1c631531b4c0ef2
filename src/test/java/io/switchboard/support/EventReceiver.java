package io.switchboard.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A subscriber's callback: a small HTTP server on loopback that keeps every event POSTed to it. */
public final class EventReceiver implements AutoCloseable {

	private final HttpServer server;
	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	public EventReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		JsonMapper json = JsonMapper.builder().build();
		server.createContext("/events", exchange -> {
			events.add(json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
	}

	public String callback() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
	}

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

	@Override
	public void close() {
		server.stop(0);
	}
}
