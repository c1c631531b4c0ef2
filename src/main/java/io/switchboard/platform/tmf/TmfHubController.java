package io.switchboard.platform.tmf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code POST /tmf-api/{api}/v4/hub}, {@code GET} and {@code DELETE .../hub/{id}} for every API that has events. */
@TmfApi
@Tag(name = "Event hub", description = "TMF630 event subscriptions: register a callback for an API's events.")
class TmfHubController {

	private final TmfHubs hubs;
	private final TmfLinks links;
	private final Set<String> apis;

	TmfHubController(TmfHubs hubs, TmfLinks links, List<TmfHubApi> apis) {
		this.hubs = hubs;
		this.links = links;
		this.apis = apis.stream().map(TmfHubApi::path).collect(Collectors.toSet());
	}

	/** A subscription request: where to POST events, and which (TMF630 filter syntax, optional). */
	record HubRequest(String callback, String query) {
	}

	record HubView(String id, String callback, String query) {
	}

	@PostMapping("/tmf-api/{api}/v4/hub")
	@Operation(summary = "Subscribe to events",
			description = "Registers a callback URL; events (e.g. TroubleTicketCreateEvent) are POSTed to it. "
					+ "'query' narrows them, e.g. eventType=TroubleTicketStatusChangeEvent&priority=high.")
	ResponseEntity<HubView> register(@PathVariable String api, @RequestBody HubRequest request, Actor actor) {
		known(api);
		TmfHubs.Hub hub = hubs.register(api, request.callback(), request.query(), actor);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, links.base() + "/tmf-api/" + api + "/v4/hub/" + hub.id())
			.body(view(hub));
	}

	@GetMapping("/tmf-api/{api}/v4/hub/{id}")
	@Operation(summary = "Read a subscription")
	HubView read(@PathVariable String api, @PathVariable String id, Actor actor) {
		known(api);
		return hubs.find(api, key(id), actor).map(TmfHubController::view)
			.orElseThrow(() -> TmfException.notFound("hub", id));
	}

	@DeleteMapping("/tmf-api/{api}/v4/hub/{id}")
	@Operation(summary = "Unsubscribe")
	ResponseEntity<Void> remove(@PathVariable String api, @PathVariable String id, Actor actor) {
		known(api);
		if (!hubs.remove(api, key(id), actor)) {
			throw TmfException.notFound("hub", id);
		}
		return ResponseEntity.noContent().build();
	}

	private void known(String api) {
		if (!apis.contains(api)) {
			throw new TmfException(404, "NOT_FOUND", "No API named " + api + " offers events here.");
		}
	}

	private static UUID key(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw TmfException.notFound("hub", id);
		}
	}

	private static HubView view(TmfHubs.Hub hub) {
		return new HubView(hub.id().toString(), hub.callback(), hub.query());
	}
}
