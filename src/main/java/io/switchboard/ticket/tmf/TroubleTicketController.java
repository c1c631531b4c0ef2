package io.switchboard.ticket.tmf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.customer.CustomerApi;
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
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
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

/**
 * TMF621 Trouble Ticket v4 over the tickets: create, list (filtered, sorted, paged), read and
 * merge-patch, bounded by the client's partner scope (another partner's ticket answers 404). Ids are
 * the tickets' readable numbers ({@code T-000123}).
 */
@TmfApi
@RequestMapping("/tmf-api/troubleTicket/v4/troubleTicket")
@Tag(name = "TMF621 Trouble Ticket", description = "Tickets (tasks) agents and integrating systems work on for a customer.")
class TroubleTicketController {

	private static final String EXAMPLE = """
			{"name": "Roaming charges disputed", "description": "Customer disputes the roaming charges on the last bill",
			 "ticketType": "billing", "severity": "high",
			 "channel": {"id": "email"},
			 "relatedParty": [{"id": "100003", "role": "customer", "@referredType": "Customer"}],
			 "note": [{"text": "Bill of October attached to the e-mail"}]}""";

	private final TroubleTickets service;
	private final TicketApi tickets;
	private final CustomerApi customers;
	private final TroubleTicketRepresentation representation;
	private final JdbcClient jdbc;
	private final TmfLimits limits;

	TroubleTicketController(TroubleTickets service, TicketApi tickets, CustomerApi customers,
			TroubleTicketRepresentation representation, JdbcClient jdbc, TmfLimits limits) {
		this.limits = limits;
		this.service = service;
		this.tickets = tickets;
		this.customers = customers;
		this.representation = representation;
		this.jdbc = jdbc;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Create a ticket",
			description = "description, ticketType (a category code) and severity or priority (critical, high, medium, "
					+ "low) are required, with the customer as the relatedParty with role customer (customer number). "
					+ "name defaults to the first line of the description, channel to web. A relatedParty with role "
					+ "queue (its id, its code, or its name in any language) dispatches it at once; relatedEntity may name a billingAccount (account number) or a line "
					+ "(MDN) of the customer.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = EXAMPLE))))
	ResponseEntity<JsonNode> create(@RequestBody JsonNode body, Actor actor) {
		limits.check(body, TroubleTicketRepresentation.INPUT);
		TicketView created = service.create(body, actor);
		return TmfResources.created(representation.toJson(created, actor.scope()));
	}

	@GetMapping
	@Operation(summary = "List tickets",
			description = "TMF630: fields=, offset/limit (X-Total-Count, X-Result-Count), sort (creationDate, "
					+ "lastUpdate, expectedResolutionDate, priority, id; - for descending), filters id, href, status, "
					+ "priority, severity, ticketType, name, channel.id, relatedParty.id (customer number), "
					+ "creationDate, lastUpdate, expectedResolutionDate, resolutionDate (with .gt/.gte/.lt/.lte).")
	ResponseEntity<List<JsonNode>> list(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, Actor actor) {
		TmfQuery query = TmfQuery.parse(parameters);
		TmfSqlFilter.Matches matches = filter(actor).matches(jdbc,
				"ticket t JOIN ticket_category c ON c.id = t.category_id", "t.number", "t.partner_id", actor.scope(), query,
				"t.updated_at DESC", "t.id");
		return TmfResources.page(representation.toJson(tickets.findAll(matches.ids(), actor.scope()), actor.scope()),
				matches.total(), query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a ticket", description = "fields= selects attributes.")
	ResponseEntity<JsonNode> read(@PathVariable String id,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, Actor actor) {
		TicketView ticket = tickets.find(id, actor.scope()).orElseThrow(() -> TmfException.notFound("troubleTicket", id));
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		if (parameters.containsKey("fields")) {
			fields.put("fields", parameters.get("fields"));
		}
		return TmfResources.one(representation.toJson(ticket, actor.scope()), TmfQuery.parse(fields));
	}

	@PatchMapping(path = "/{id}", consumes = { TmfMergePatch.MEDIA_TYPE, "application/json" })
	@Operation(summary = "Change a ticket (JSON merge patch)",
			description = "name, description, ticketType, priority/severity; new note entries become comments; status "
					+ "CLOSED (statusChangeReason = a resolution code), OPEN (the customer replied to a WAITING ticket; "
					+ "statusChangeReason = the reply) or OPEN-DISPATCH (with a relatedParty of role queue). All of a "
					+ "patch applies, or none of it.")
	ResponseEntity<JsonNode> patch(@PathVariable String id, @RequestBody JsonNode body, Actor actor) {
		limits.check(body, TroubleTicketRepresentation.INPUT);
		TicketView changed = service.patch(id, body, actor);
		return ResponseEntity.ok(representation.toJson(changed, actor.scope()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Not offered: tickets are closed, not deleted")
	ResponseEntity<Void> delete(@PathVariable String id) {
		throw new TmfException(405, "METHOD_NOT_ALLOWED",
				"Tickets are kept with their history; close one with PATCH {\"status\": \"CLOSED\", "
						+ "\"statusChangeReason\": \"<resolution code>\"}.");
	}

	private TmfSqlFilter filter(Actor actor) {
		Map<String, String> statuses = Arrays.stream(TicketStatus.values())
			.collect(Collectors.toMap(TicketStatus::label, TicketStatus::name));
		Map<String, String> priorities = Arrays.stream(Priority.values())
			.collect(Collectors.toMap(p -> p.name().toLowerCase(Locale.ROOT), Priority::name));
		Function<String, Object> status = value -> {
			// stored as the label agents read (OPEN-REJECT RETURN)
			Object mapped = TicketStatus.fromLabel(value).map(TicketStatus::label).orElse(null);
			if (mapped == null) {
				throw TmfException.badRequest("INVALID_FILTER", "'status' is one of " + String.join(", ", statuses.keySet())
						+ ", not '" + value + "'.");
			}
			return mapped;
		};
		return TmfSqlFilter.builder()
			.filter("id", "t.number", Values.text())
			.filter("href", "t.number", href -> href.substring(href.lastIndexOf('/') + 1))
			.filter("status", "t.status", status)
			.filter("priority", "t.priority", Values.oneOf("priority", priorities))
			.filter("severity", "t.priority", Values.oneOf("severity", priorities))
			.filter("ticketType", "c.code", Values.text())
			.filter("name", "t.subject", Values.text())
			.filter("channel.id", "t.channel", value -> value.toUpperCase(Locale.ROOT))
			.filter("relatedParty.id", "t.customer_id", number -> customerId(number, actor))
			.filter("creationDate", "t.created_at", Values.dateTime("creationDate"))
			.filter("lastUpdate", "t.updated_at", Values.dateTime("lastUpdate"))
			.filter("expectedResolutionDate", "t.due_at", Values.dateTime("expectedResolutionDate"))
			.filter("resolutionDate", "t.closed_at", Values.dateTime("resolutionDate"))
			.sort("creationDate", "t.created_at")
			.sort("lastUpdate", "t.updated_at")
			.sort("expectedResolutionDate", "t.due_at")
			.sort("priority", "CASE t.priority WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END")
			.sort("id", "t.number")
			.build();
	}

	private Object customerId(String number, Actor actor) {
		try {
			return customers.get(number, actor.scope()).id();
		}
		catch (NotFoundException e) {
			return Ids.next();
		}
	}
}
