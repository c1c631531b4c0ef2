package io.switchboard.ticket.tmf;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.tmf.TmfException;
import io.switchboard.platform.tmf.TmfMergePatch;
import io.switchboard.shared.Actor;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.NewTicket;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What TMF621 requests do to tickets, through the ticket module's own service (so the workflow, the
 * history and the events are the desk's). A PATCH runs in one transaction: its edits, new notes and
 * status move all happen, or none does.
 */
@Service
class TroubleTickets {

	private final TicketApi tickets;
	private final TicketAdmin admin;
	private final CustomerApi customers;
	private final TroubleTicketRepresentation representation;

	TroubleTickets(TicketApi tickets, TicketAdmin admin, CustomerApi customers,
			TroubleTicketRepresentation representation) {
		this.tickets = tickets;
		this.admin = admin;
		this.customers = customers;
		this.representation = representation;
	}

	@Transactional
	TicketView create(JsonNode body, Actor actor) {
		if (body == null || !body.isObject()) {
			throw TmfException.badRequest("INVALID_BODY", "A TroubleTicket is a JSON object.");
		}
		String description = required(body, "description");
		String type = required(body, "ticketType");
		String priorityText = TroubleTicketRepresentation.text(body, "priority");
		String severityText = TroubleTicketRepresentation.text(body, "severity");
		if (priorityText == null && severityText == null) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE", "'severity' (or 'priority') is required: critical, high, "
					+ "medium or low.");
		}
		Priority priority = priorityText != null ? TroubleTicketRepresentation.priority(priorityText, "priority")
				: TroubleTicketRepresentation.priority(severityText, "severity");
		String number = TroubleTicketRepresentation.customerNumber(body);
		if (number == null) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE",
					"relatedParty: the customer is required, e.g. {\"id\": \"100001\", \"role\": \"customer\"}.");
		}
		CustomerHeader customer;
		try {
			customer = customers.get(number, actor.scope());
		}
		catch (NotFoundException e) {
			throw TmfException.badRequest("UNKNOWN_CUSTOMER", "relatedParty: no customer " + number
					+ " that this client may see.");
		}
		UUID[] entities = representation.entities(body, customer.id());
		Channel channel = body.get("channel") == null || body.get("channel").isNull() ? Channel.WEB
				: TroubleTicketRepresentation.channel(body.get("channel"));
		String name = TroubleTicketRepresentation.text(body, "name");
		String subject = name != null && !name.isBlank() ? name : firstLine(description);
		category(type);
		QueueView queue = representation.queue(body, customer.partnerId(), actor.scope());
		TicketView created = queueKnown(queue, () -> tickets.create(new NewTicket(number, entities[0], entities[1], type,
				priority, channel, subject, description, queue == null ? null : queue.id()), actor));
		if (body.get("note") instanceof ArrayNode notes) {
			for (JsonNode note : notes) {
				String text = TroubleTicketRepresentation.text(note, "text");
				if (text != null && !text.isBlank()) {
					tickets.comment(created.number(), text, actor);
				}
			}
		}
		return tickets.get(created.number(), actor.scope());
	}

	@Transactional
	TicketView patch(String number, JsonNode body, Actor actor) {
		ObjectNode patch = TmfMergePatch.check(body, TroubleTicketRepresentation.READ_ONLY);
		TicketView current = tickets.find(number, actor.scope())
			.orElseThrow(() -> TmfException.notFound("troubleTicket", number));
		ObjectNode patched = TmfMergePatch.apply(representation.toJson(current, actor.scope()), patch);
		for (String attribute : Set.of("name", "description", "ticketType")) {
			if (patch.has(attribute) && TroubleTicketRepresentation.text(patched, attribute) == null) {
				throw TmfException.badRequest("MISSING_ATTRIBUTE", "'" + attribute + "' cannot be removed.");
			}
		}
		if (patch.has("relatedParty") && !Objects.equals(TroubleTicketRepresentation.customerNumber(patched),
				TroubleTicketRepresentation.customerNumber(representation.toJson(current, actor.scope())))) {
			throw TmfException.badRequest("NOT_PATCHABLE", "The customer of a ticket cannot be changed.");
		}
		Long version = current.version();

		String subject = changed(patch, patched, "name", current.subject());
		String content = changed(patch, patched, "description", current.content());
		String type = changed(patch, patched, "ticketType", current.categoryCode());
		Priority priority = null;
		if (patch.has("priority") || patch.has("severity")) {
			String attribute = patch.has("priority") ? "priority" : "severity";
			String value = TroubleTicketRepresentation.text(patched, attribute);
			priority = value == null ? null : TroubleTicketRepresentation.priority(value, attribute);
			if (priority == current.priority()) {
				priority = null;
			}
		}
		if (type != null) {
			category(type);
		}
		if (subject != null || content != null || type != null || priority != null) {
			tickets.update(number, version, new TicketChange(subject, content, priority, type), actor);
			version = null;
		}
		if (patch.get("note") instanceof ArrayNode notes) {
			Set<String> known = tickets.comments(number, actor.scope()).stream().map(c -> c.id().toString())
				.collect(Collectors.toSet());
			for (JsonNode note : notes) {
				String id = TroubleTicketRepresentation.text(note, "id");
				String text = TroubleTicketRepresentation.text(note, "text");
				if ((id == null || !known.contains(id)) && text != null && !text.isBlank()) {
					tickets.comment(number, text, actor);
				}
			}
		}
		String status = TroubleTicketRepresentation.text(patched, "status");
		if (patch.has("status") && status != null && !status.equalsIgnoreCase(current.status().label())) {
			move(current, status, TroubleTicketRepresentation.text(patch, "statusChangeReason"), patched, version, actor);
		}
		return tickets.get(number, actor.scope());
	}

	/** The status moves an integrating system may ask for; the workflow refuses those not allowed now. */
	private void move(TicketView current, String status, String reason, ObjectNode patched, Long version, Actor actor) {
		TicketStatus target = TicketStatus.fromLabel(status).orElseThrow(() -> TmfException.badRequest(
				"INVALID_ATTRIBUTE", "'status' is one of OPEN, OPEN-DISPATCH, OPEN-FORWARDED, OPEN-REJECT RETURN, "
						+ "WAITING, CLOSED, not '" + status + "'."));
		switch (target) {
			case CLOSED -> {
				if (reason == null || reason.isBlank()) {
					throw TmfException.badRequest("MISSING_ATTRIBUTE", "Closing needs 'statusChangeReason': a resolution "
							+ "code, one of " + resolutionCodes() + ".");
				}
				if (admin.resolutions().stream().noneMatch(r -> r.active() && r.code().equals(reason))) {
					throw TmfException.badRequest("INVALID_ATTRIBUTE", "'statusChangeReason' is a resolution code, one of "
							+ resolutionCodes() + ", not '" + reason + "'.");
				}
				tickets.close(current.number(), version, reason, null, actor);
			}
			case OPEN -> {
				if (current.status() != TicketStatus.WAITING) {
					throw TmfException.badRequest("INVALID_MOVE", "Through the API a ticket becomes OPEN again only when "
							+ "the customer replies to a WAITING ticket; this one is " + current.status().label() + ".");
				}
				tickets.customerReplied(current.number(), version, reason == null ? "" : reason, actor);
			}
			case OPEN_DISPATCH -> {
				QueueView queue = representation.queue(patched, current.partnerId(), actor.scope());
				if (queue == null) {
					throw TmfException.badRequest("MISSING_ATTRIBUTE",
							"Dispatching needs the queue: a relatedParty with role queue (its id or name).");
				}
				queueKnown(queue, () -> tickets.dispatch(current.number(), version, queue.id(), reason, actor));
			}
			default -> throw TmfException.badRequest("INVALID_MOVE", "Through the API a ticket can be closed, "
					+ "dispatched to a queue or reopened by a customer reply; " + target.label()
					+ " is set by agents at the desk.");
		}
	}

	/**
	 * Runs a move that sends the ticket to a queue; the workflow's refusal of the queue (taken out of use
	 * a moment ago) gets the same answer as a queue the client named that does not exist.
	 */
	private static <T> T queueKnown(QueueView queue, Supplier<T> move) {
		try {
			return move.get();
		}
		catch (SwitchboardException e) {
			if ("TICKET_QUEUE_UNKNOWN".equals(e.code())) {
				throw TroubleTicketRepresentation.unknownQueue(queue == null ? null : queue.name(Locale.ENGLISH));
			}
			throw e;
		}
	}

	private String resolutionCodes() {
		return admin.resolutions().stream().filter(CodedEntry::active).map(CodedEntry::code)
			.collect(Collectors.joining(", "));
	}

	private void category(String code) {
		if (admin.categories().stream().noneMatch(c -> c.active() && c.code().equals(code))) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "'ticketType' is a category code, one of "
					+ admin.categories().stream().filter(CategoryView::active).map(CategoryView::code)
						.collect(Collectors.joining(", "))
					+ ", not '" + code + "'.");
		}
	}

	private static String changed(ObjectNode patch, ObjectNode patched, String attribute, String current) {
		if (!patch.has(attribute)) {
			return null;
		}
		String value = TroubleTicketRepresentation.text(patched, attribute);
		return Objects.equals(value, current) ? null : value;
	}

	private static String required(JsonNode body, String attribute) {
		String value = TroubleTicketRepresentation.text(body, attribute);
		if (value == null || value.isBlank()) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE", "'" + attribute + "' is required.");
		}
		return value;
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() <= 120 ? line : line.substring(0, 119) + "\u2026";
	}
}
