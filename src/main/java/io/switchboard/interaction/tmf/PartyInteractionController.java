package io.switchboard.interaction.tmf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionApi.NewInteraction;
import io.switchboard.interaction.InteractionView;
import io.switchboard.platform.tmf.TmfApi;
import io.switchboard.platform.tmf.TmfException;
import io.switchboard.platform.tmf.TmfLimits;
import io.switchboard.platform.tmf.TmfMergePatch;
import io.switchboard.platform.tmf.TmfQuery;
import io.switchboard.platform.tmf.TmfResources;
import io.switchboard.platform.tmf.TmfSqlFilter;
import io.switchboard.platform.tmf.TmfSqlFilter.Values;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TMF683 Party Interaction v4 over the interactions: create, list (filtered, sorted, paged), read and
 * merge-patch, bounded by the client's partner scope (another partner's interaction answers 404).
 * Ids are the interactions' readable numbers ({@code I-000123}), as agents see them.
 */
@TmfApi
@RequestMapping("/tmf-api/partyInteraction/v4/partyInteraction")
@Tag(name = "TMF683 Party Interaction", description = "Every contact with a customer: calls, e-mails, chats, visits.")
class PartyInteractionController {

	private static final String EXAMPLE = """
			{"direction": "inbound", "reason": "Bill higher than expected",
			 "channel": [{"id": "phone", "name": "phone"}],
			 "interactionDate": {"startDateTime": "2026-11-22T10:15:00Z", "endDateTime": "2026-11-22T10:21:30Z"},
			 "description": "Explained the roaming charges",
			 "relatedParty": [{"id": "100003", "role": "customer", "@referredType": "Customer"}]}""";

	private final InteractionApi interactions;
	private final CustomerApi customers;
	private final PartyInteractionRepresentation representation;
	private final JdbcClient jdbc;
	private final TmfLimits limits;

	PartyInteractionController(InteractionApi interactions, CustomerApi customers,
			PartyInteractionRepresentation representation, JdbcClient jdbc, TmfLimits limits) {
		this.limits = limits;
		this.interactions = interactions;
		this.customers = customers;
		this.representation = representation;
		this.jdbc = jdbc;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Record an interaction",
			description = "direction, reason and channel are required. interactionDate defaults to now; without an "
					+ "endDateTime (or with status open) the interaction stays open. The customer is the relatedParty "
					+ "with role customer, by customer number.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = EXAMPLE))))
	ResponseEntity<JsonNode> create(@RequestBody JsonNode body, Actor actor) {
		limits.check(body, PartyInteractionRepresentation.INPUT);
		NewInteraction request = representation.toNew(body);
		if (request.customerNumber() != null) {
			try {
				customers.get(request.customerNumber(), actor.scope());
			}
			catch (NotFoundException e) {
				throw TmfException.badRequest("UNKNOWN_CUSTOMER",
						"relatedParty: no customer " + request.customerNumber() + " that this client may see.");
			}
		}
		InteractionView created = interactions.create(request, actor);
		return TmfResources.created(json(created, actor));
	}

	@GetMapping
	@Operation(summary = "List interactions",
			description = "TMF630: fields=, offset/limit (X-Total-Count, X-Result-Count), sort=-creationDate, filters "
					+ "id, href, direction, reason, status, description, channel.id, channel.name, relatedParty.id "
					+ "(customer number), creationDate, interactionDate.startDateTime, interactionDate.endDateTime "
					+ "(with .gt/.gte/.lt/.lte).")
	ResponseEntity<List<JsonNode>> list(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, Actor actor) {
		TmfQuery query = TmfQuery.parse(parameters);
		TmfSqlFilter.Matches matches = filter(actor).matches(jdbc, "interaction i", "i.number", "i.partner_id",
				actor.scope(), query, "i.created_at DESC", "i.id");
		List<InteractionView> views = interactions.findAll(matches.ids(), actor.scope());
		Map<UUID, CustomerSummary> owners = customers.summaries(
				views.stream().map(InteractionView::customerId).filter(Objects::nonNull).distinct().toList(),
				actor.scope());
		return TmfResources.page(views.stream()
			.map(view -> representation.toJson(view, view.customerId() == null ? null : owners.get(view.customerId())))
			.toList(), matches.total(), query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an interaction", description = "fields= selects attributes.")
	ResponseEntity<JsonNode> read(@PathVariable String id,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, Actor actor) {
		return TmfResources.one(json(get(id, actor), actor), TmfQuery.parse(fieldsOnly(parameters)));
	}

	@PatchMapping(path = "/{id}", consumes = { TmfMergePatch.MEDIA_TYPE, "application/json" })
	@Operation(summary = "Change an interaction (JSON merge patch)",
			description = "reason, description, channel, status (closed ends an open interaction), "
					+ "interactionDate.endDateTime, and the attributes kept as given. A closed interaction stays closed.")
	ResponseEntity<JsonNode> patch(@PathVariable String id, @RequestBody JsonNode body, Actor actor) {
		limits.check(body, PartyInteractionRepresentation.INPUT);
		ObjectNode patch = TmfMergePatch.check(body, PartyInteractionRepresentation.READ_ONLY);
		InteractionView current = get(id, actor);
		CustomerSummary customer = customer(current, actor);
		ObjectNode patched = TmfMergePatch.apply(representation.toJson(current, customer), patch);
		InteractionView changed = interactions.update(current.number(), current.version(),
				representation.toChange(current, customer, patched, patch), actor);
		return ResponseEntity.ok(json(changed, actor));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Not offered: interactions are the record of what happened and are kept")
	ResponseEntity<Void> delete(@PathVariable String id) {
		throw new TmfException(405, "METHOD_NOT_ALLOWED",
				"Interactions are kept as the record of every contact; they cannot be deleted.");
	}

	private InteractionView get(String id, Actor actor) {
		return interactions.find(id, actor.scope())
			.orElseThrow(() -> TmfException.notFound("partyInteraction", id));
	}

	private ObjectNode json(InteractionView view, Actor actor) {
		return representation.toJson(view, customer(view, actor));
	}

	private CustomerSummary customer(InteractionView view, Actor actor) {
		return view.customerId() == null ? null
				: customers.summaries(List.of(view.customerId()), actor.scope()).get(view.customerId());
	}

	private static MultiValueMap<String, String> fieldsOnly(MultiValueMap<String, String> parameters) {
		org.springframework.util.LinkedMultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
		if (parameters.containsKey("fields")) {
			fields.put("fields", parameters.get("fields"));
		}
		return fields;
	}

	/** The filters of a list; the customer is looked up within the client's scope. */
	private TmfSqlFilter filter(Actor actor) {
		return TmfSqlFilter.builder()
			.filter("id", "i.number", Values.text())
			.filter("href", "i.number", href -> href.substring(href.lastIndexOf('/') + 1))
			.filter("direction", "i.direction", value -> PartyInteractionRepresentation.direction(value).name())
			.filter("reason", "i.reason", Values.text())
			.filter("description", "i.notes", Values.text())
			.filter("status", "CASE WHEN i.ended_at IS NULL THEN 'open' ELSE 'closed' END",
					Values.oneOf("status", Map.of("open", "open", "closed", "closed")))
			.filter("channel.id", "i.channel", this::channelCode)
			.filter("channel.name", "i.channel", this::channelCode)
			.filter("relatedParty.id", "i.customer_id", number -> customerId(number, actor))
			.filter("creationDate", "i.created_at", Values.dateTime("creationDate"))
			.filter("interactionDate.startDateTime", "i.started_at", Values.dateTime("interactionDate.startDateTime"))
			.filter("interactionDate.endDateTime", "i.ended_at", Values.dateTime("interactionDate.endDateTime"))
			.sort("creationDate", "i.created_at")
			.sort("interactionDate.startDateTime", "i.started_at")
			.sort("id", "i.number")
			.build();
	}

	private Object channelCode(String value) {
		return PartyInteractionRepresentation.channelNamed(value).name();
	}

	/** A customer outside the scope, or no customer, matches nothing (an id no row has). */
	private Object customerId(String number, Actor actor) {
		try {
			return customers.get(number, actor.scope()).id();
		}
		catch (NotFoundException e) {
			return Ids.next();
		}
	}
}
