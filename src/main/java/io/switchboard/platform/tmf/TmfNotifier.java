package io.switchboard.platform.tmf;

import io.switchboard.shared.Ids;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends TMF events to the subscribers of an API: {@code {eventId, eventTime, eventType, event: {<resource>:
 * {...}}}} POSTed to each callback whose client may read the resource and whose query matches. A
 * subscriber that does not answer 2xx is tried three times (after 1 s and 3 s) and then given up on,
 * with a warning in the log; one slow or broken subscriber never holds up the others' events for long.
 */
@Component
public class TmfNotifier {

	private static final Logger log = LoggerFactory.getLogger(TmfNotifier.class);
	private static final Duration[] RETRIES = { Duration.ofSeconds(1), Duration.ofSeconds(3) };

	private final TmfHubs hubs;
	private final JsonMapper json;
	private final Clock clock;
	private final RestClient http;

	TmfNotifier(TmfHubs hubs, JsonMapper json, Clock clock) {
		this.hubs = hubs;
		this.json = json;
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * Notifies the subscribers of {@code api} that {@code resource} (of partner {@code partnerId}) had an
	 * event such as {@code TroubleTicketCreateEvent}; returns how many subscribers received it.
	 */
	public int publish(String api, String eventType, String resourceName, ObjectNode resource, UUID partnerId) {
		List<TmfHubs.Hub> targets = new ArrayList<>();
		for (TmfHubs.Hub hub : hubs.subscribers(api)) {
			if ((partnerId == null ? hub.scope().everyone() : hub.scope().allows(partnerId))
					&& matches(hub.conditions(), eventType, resource)) {
				targets.add(hub);
			}
		}
		if (targets.isEmpty()) {
			return 0;
		}
		ObjectNode event = json.createObjectNode();
		event.put("eventId", Ids.next().toString());
		event.put("eventTime", clock.instant().toString());
		event.put("eventType", eventType);
		event.putObject("event").set(resourceName, resource);
		int delivered = 0;
		for (TmfHubs.Hub hub : targets) {
			if (deliver(hub, event)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(TmfHubs.Hub hub, ObjectNode event) {
		for (int attempt = 0;; attempt++) {
			try {
				http.post().uri(hub.callback()).contentType(MediaType.APPLICATION_JSON).body(event).retrieve().toBodilessEntity();
				return true;
			}
			catch (RestClientException e) {
				if (attempt >= RETRIES.length) {
					log.warn("Gave up sending {} {} to hub {} ({}): {}", event.get("eventType").asString(),
							event.get("eventId").asString(), hub.id(), hub.callback(), e.getMessage());
					return false;
				}
				try {
					Thread.sleep(RETRIES[attempt]);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
	}

	/** Whether an event passes a subscription's query: {@code eventType} and the resource's attributes. */
	static boolean matches(TmfQuery query, String eventType, JsonNode resource) {
		for (TmfCondition condition : query.conditions()) {
			if (condition.attribute().equals("eventType")) {
				if (!condition.values().contains(eventType)) {
					return false;
				}
			}
			else if (!matches(condition, values(resource, condition.attribute().split("\\."), 0))) {
				return false;
			}
		}
		return true;
	}

	private static boolean matches(TmfCondition condition, List<JsonNode> found) {
		for (JsonNode node : found) {
			String value = node.isValueNode() ? node.asString() : null;
			if (value == null) {
				continue;
			}
			for (String wanted : condition.values()) {
				int order = compare(value, wanted);
				boolean ok = switch (condition.operator()) {
					case EQ -> order == 0;
					case GT -> order > 0;
					case GTE -> order >= 0;
					case LT -> order < 0;
					case LTE -> order <= 0;
				};
				if (ok) {
					return true;
				}
			}
		}
		return false;
	}

	private static int compare(String value, String wanted) {
		try {
			return new BigDecimal(value).compareTo(new BigDecimal(wanted));
		}
		catch (NumberFormatException e) {
			return value.equalsIgnoreCase(wanted) ? 0 : value.compareTo(wanted);
		}
	}

	/** The values at a dotted path; arrays on the way are searched element by element. */
	private static List<JsonNode> values(JsonNode node, String[] path, int at) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return List.of();
		}
		if (node.isArray()) {
			List<JsonNode> all = new ArrayList<>();
			node.forEach(element -> all.addAll(values(element, path, at)));
			return all;
		}
		if (at == path.length) {
			return List.of(node);
		}
		return values(node.get(path[at]), path, at + 1);
	}
}
