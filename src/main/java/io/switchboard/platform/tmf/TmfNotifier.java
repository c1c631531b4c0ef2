package io.switchboard.platform.tmf;

import io.switchboard.shared.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a change into TMF events for the subscribers of an API: {@code {eventId, eventTime, eventType,
 * event: {<resource>: {...}}}} for each subscription whose client may read the resource and whose query
 * matches. The events are queued ({@link HubDeliveries}) in the caller's transaction, the listener's that
 * turns a domain event into a TMF event, so an event is queued exactly when that transaction commits,
 * and survives a restart; the {@link HubDeliveryWorker} sends it right after the commit, and retries
 * with backoff until the subscriber answers 2xx or the delivery goes on the dead-letter list.
 */
@Component
public class TmfNotifier {

	private final TmfHubs hubs;
	private final HubDeliveries deliveries;
	private final HubDeliveryWorker worker;
	private final HubSettings settings;
	private final JsonMapper json;
	private final Clock clock;

	TmfNotifier(TmfHubs hubs, HubDeliveries deliveries, HubDeliveryWorker worker, HubSettings settings, JsonMapper json,
			Clock clock) {
		this.hubs = hubs;
		this.deliveries = deliveries;
		this.worker = worker;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Queues the event {@code eventType} (e.g. {@code TroubleTicketCreateEvent}) about {@code resource} (of
	 * partner {@code partnerId}) for the subscribers of {@code api} that may hear of it; returns for how
	 * many. Sent after the surrounding transaction commits.
	 */
	@Transactional
	public int publish(String api, String eventType, String resourceName, ObjectNode resource, UUID partnerId) {
		List<UUID> targets = new ArrayList<>();
		for (TmfHubs.Hub hub : hubs.subscribers(api)) {
			if ((partnerId == null ? hub.scope().everyone() : hub.scope().allows(partnerId))
					&& matches(hub.conditions(), eventType, resource)) {
				targets.add(hub.id());
			}
		}
		if (targets.isEmpty()) {
			return 0;
		}
		UUID eventId = Ids.next();
		Instant now = clock.instant();
		ObjectNode event = json.createObjectNode();
		event.put("eventId", eventId.toString());
		event.put("eventTime", now.toString());
		event.put("eventType", eventType);
		event.putObject("event").set(resourceName, resource);
		deliveries.enqueue(new HubDeliveries.Event(eventId, api, eventType, resourceName, resource.path("id").asString(),
				json.writeValueAsString(event)), targets, now, settings.deadLetterAfter());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake(targets);
				}
			});
		}
		else {
			worker.wake(targets);
		}
		return targets.size();
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
