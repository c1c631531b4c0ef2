package io.switchboard.interaction.tmf;

import io.switchboard.customer.CustomerSummary;
import io.switchboard.interaction.CallerView;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi.InteractionChange;
import io.switchboard.interaction.InteractionApi.NewInteraction;
import io.switchboard.interaction.InteractionView;
import io.switchboard.interaction.LinkedTicket;
import io.switchboard.platform.tmf.TmfException;
import io.switchboard.platform.tmf.TmfInputRules;
import io.switchboard.platform.tmf.TmfLinks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An interaction as TMF683 {@code PartyInteraction}, and back. What Switchboard models is mapped:
 * {@code direction} (inbound/outbound), {@code reason}, {@code description} (the notes),
 * {@code interactionDate} (start and end), {@code status} (open until it ends, then closed), the
 * customer, the agent and the caller the agent recorded (role {@code caller}: the customer itself, or one of
 * its related parties) as {@code relatedParty}, the channel, and the linked tickets as
 * {@code interactionItem}s. TMF attributes Switchboard does not model ({@code attachment}, {@code note},
 * other items and parties, ...) are kept as given and returned as they came.
 */
@Component
class PartyInteractionRepresentation {

	static final String API = "partyInteraction/v4";
	static final String CALLER = "caller";
	static final String RESOURCE = "partyInteraction";

	/** Attributes kept as the client gave them. */
	static final Set<String> KEPT = Set.of("attachment", "interactionItem", "interactionRelationship", "note",
			"@baseType", "@schemaLocation");

	/** Attributes a PATCH may not touch (TMF683's PartyInteraction_Update has no direction either). */
	static final Set<String> READ_ONLY = Set.of("id", "href", "@type", "creationDate", "statusChangeDate",
			"direction");

	/**
	 * What a PartyInteraction body may hold, beyond the general limits of the edge: the reason and the
	 * notes with the desk's limits (the wrap-up form's), and the notes kept as given as long texts.
	 */
	static final TmfInputRules INPUT = TmfInputRules.builder()
		.text("reason", 500)
		.longText("description", 4000)
		.longText("note.text", 4000)
		.longText("attachment.description", 4000)
		.build();

	private static final Map<String, Channel> CHANNEL_NAMES = Map.ofEntries(Map.entry("phone", Channel.PHONE),
			Map.entry("call", Channel.PHONE), Map.entry("voice", Channel.PHONE), Map.entry("email", Channel.EMAIL),
			Map.entry("e-mail", Channel.EMAIL), Map.entry("chat", Channel.CHAT), Map.entry("sms", Channel.SMS),
			Map.entry("store", Channel.STORE), Map.entry("shop", Channel.STORE), Map.entry("web", Channel.WEB),
			Map.entry("other", Channel.OTHER));

	private final JsonMapper json;
	private final TmfLinks links;

	PartyInteractionRepresentation(JsonMapper json, TmfLinks links) {
		this.json = json;
		this.links = links;
	}

	String href(String number) {
		return links.href(API, RESOURCE, number);
	}

	ObjectNode toJson(InteractionView view, CustomerSummary customer) {
		ObjectNode node = json.createObjectNode();
		ObjectNode kept = view.tmfExtension() == null ? json.createObjectNode() : (ObjectNode) json.readTree(view.tmfExtension());
		node.put("id", view.number());
		node.put("href", href(view.number()));
		node.put("creationDate", view.createdAt().toString());
		if (view.notes() != null) {
			node.put("description", view.notes());
		}
		node.put("direction", view.direction() == Direction.IN ? "inbound" : "outbound");
		node.put("reason", view.reason() == null ? "" : view.reason());
		node.put("status", view.open() ? "open" : "closed");
		node.put("statusChangeDate", (view.open() ? view.startedAt() : view.endedAt()).toString());
		ObjectNode date = node.putObject("interactionDate");
		date.put("startDateTime", view.startedAt().toString());
		if (view.endedAt() != null) {
			date.put("endDateTime", view.endedAt().toString());
		}
		if (view.channelRefs() != null) {
			node.set("channel", json.readTree(view.channelRefs()));
		}
		else {
			ObjectNode channel = node.putArray("channel").addObject();
			channel.put("id", view.channel().name().toLowerCase(Locale.ROOT));
			channel.put("name", view.channel().name().toLowerCase(Locale.ROOT));
			channel.put("@referredType", "Channel");
		}
		ArrayNode parties = node.putArray("relatedParty");
		if (customer != null) {
			ObjectNode party = parties.addObject();
			party.put("id", customer.customerNumber());
			party.put("name", customer.displayName());
			party.put("role", "customer");
			party.put("@referredType", "Customer");
		}
		if (view.agentId() != null) {
			ObjectNode agent = parties.addObject();
			agent.put("id", view.agentId().toString());
			agent.put("name", view.agentName());
			agent.put("role", "agent");
			agent.put("@referredType", "Individual");
		}
		if (view.caller() != null) {
			CallerView caller = view.caller();
			ObjectNode party = parties.addObject();
			party.put("id", caller.isCustomer() && customer != null ? customer.customerNumber()
					: String.valueOf(caller.partyId()));
			party.put("name", caller.name());
			party.put("role", CALLER);
			party.put("@referredType", caller.isCustomer() ? "Customer" : "Individual");
		}
		if (kept.get("relatedParty") instanceof ArrayNode others) {
			// a caller an integrator gave is shown unless the desk recorded who called
			others.forEach(other -> {
				if (view.caller() == null || !CALLER.equalsIgnoreCase(text(other, "role"))) {
					parties.add(other);
				}
			});
		}
		ArrayNode items = kept.get("interactionItem") instanceof ArrayNode given ? given.deepCopy() : json.createArrayNode();
		for (LinkedTicket ticket : view.tickets()) {
			ObjectNode item = items.addObject();
			item.put("id", ticket.number());
			ObjectNode ref = item.putObject("item");
			ref.put("id", ticket.number());
			ref.put("href", links.href("troubleTicket/v4", "troubleTicket", ticket.number()));
			ref.put("@referredType", "TroubleTicket");
		}
		if (!items.isEmpty()) {
			node.set("interactionItem", items);
		}
		for (String attribute : KEPT) {
			if (!attribute.equals("interactionItem") && kept.has(attribute)) {
				node.set(attribute, kept.get(attribute));
			}
		}
		node.put("@type", kept.has("@type") ? kept.get("@type").asString() : "PartyInteraction");
		return node;
	}

	/** Reads a POST body; {@code direction}, {@code reason} and {@code channel} are required. */
	NewInteraction toNew(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw TmfException.badRequest("INVALID_BODY", "A PartyInteraction is a JSON object.");
		}
		Direction direction = direction(required(body, "direction"));
		String reason = required(body, "reason");
		JsonNode channel = body.get("channel");
		if (channel == null || !channel.isArray() || channel.isEmpty()) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE",
					"'channel' is required: a list of channel references, e.g. [{\"id\": \"phone\"}].");
		}
		Instant startedAt = date(body, "startDateTime");
		Instant endedAt = date(body, "endDateTime");
		String status = text(body, "status");
		if (status != null) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> {
					if (endedAt != null) {
						throw TmfException.badRequest("INVALID_ATTRIBUTE",
								"An interaction with an endDateTime is closed, not open.");
					}
				}
				case "closed", "completed" -> {
					if (endedAt == null) {
						endedAt = startedAt != null && startedAt.isAfter(Instant.now()) ? startedAt : Instant.now();
					}
				}
				default -> throw TmfException.badRequest("INVALID_ATTRIBUTE",
						"'status' is open or closed, not '" + status + "'.");
			}
		}
		if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "interactionDate.endDateTime is before its startDateTime.");
		}
		return new NewInteraction(customerNumber(body), channel(channel), direction, reason, null,
				text(body, "description"), startedAt, endedAt, json.writeValueAsString(channel), kept(body));
	}

	/**
	 * The change a merge-patched representation asks for, against the interaction as it is. A closed
	 * interaction stays closed; its customer cannot change.
	 */
	InteractionChange toChange(InteractionView current, CustomerSummary customer, ObjectNode patched, ObjectNode patch) {
		String status = text(patched, "status");
		Instant endedAt = patch.has("interactionDate") ? date(patched, "endDateTime") : null;
		if (status != null && !status.equalsIgnoreCase("open") && !status.equalsIgnoreCase("closed")
				&& !status.equalsIgnoreCase("completed")) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "'status' is open or closed, not '" + status + "'.");
		}
		if (patch.has("interactionDate")) {
			Instant start = date(patched, "startDateTime");
			if (start == null || !start.equals(current.startedAt())) {
				throw TmfException.badRequest("NOT_PATCHABLE", "interactionDate.startDateTime cannot be changed.");
			}
		}
		if (!current.open()) {
			if ("open".equalsIgnoreCase(status)
					|| (patch.has("interactionDate") && !java.util.Objects.equals(endedAt, current.endedAt()))) {
				throw TmfException.badRequest("NOT_PATCHABLE",
						"A closed interaction stays closed: its end cannot be changed or removed.");
			}
			endedAt = null;
		}
		else if (endedAt == null && status != null && !status.equalsIgnoreCase("open")) {
			endedAt = Instant.now();
		}
		else if (endedAt != null && "open".equalsIgnoreCase(status)) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "An interaction with an endDateTime is closed, not open.");
		}
		if (patch.has("relatedParty")) {
			String wanted = customerNumber(patched);
			String had = customer == null ? null : customer.customerNumber();
			if (!java.util.Objects.equals(wanted, had)) {
				throw TmfException.badRequest("NOT_PATCHABLE", "The customer of an interaction cannot be changed.");
			}
		}
		if (patch.has("reason") && (text(patched, "reason") == null)) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE", "'reason' cannot be removed.");
		}
		Channel channel = null;
		String channelRefs = null;
		if (patch.has("channel")) {
			JsonNode refs = patched.get("channel");
			if (refs == null || !refs.isArray() || refs.isEmpty()) {
				throw TmfException.badRequest("MISSING_ATTRIBUTE", "'channel' cannot be removed.");
			}
			channel = channel(refs);
			channelRefs = json.writeValueAsString(refs);
		}
		return new InteractionChange(patch.has("reason") ? text(patched, "reason") : null,
				patch.has("description") ? nullToEmpty(text(patched, "description")) : null, channel, null, endedAt,
				null, channelRefs, kept(patched));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** The customer's number from the relatedParty whose role is customer (or that refers to a Customer). */
	static String customerNumber(JsonNode body) {
		for (JsonNode party : customerParties(body)) {
			String id = text(party, "id");
			if (id == null) {
				throw TmfException.badRequest("MISSING_ATTRIBUTE", "The customer relatedParty needs its id.");
			}
			return id;
		}
		return null;
	}

	private static List<JsonNode> customerParties(JsonNode body) {
		List<JsonNode> found = new ArrayList<>();
		if (body.get("relatedParty") instanceof ArrayNode parties) {
			for (JsonNode party : parties) {
				if (isCustomer(party)) {
					found.add(party);
				}
			}
		}
		return found;
	}

	private static boolean isCustomer(JsonNode party) {
		String role = text(party, "role");
		return "customer".equalsIgnoreCase(role)
				|| ("Customer".equals(text(party, "@referredType")) && !CALLER.equalsIgnoreCase(role));
	}

	/** What is kept as given: the unmodelled attributes, and related parties other than the customer and agent. */
	private String kept(JsonNode body) {
		ObjectNode kept = json.createObjectNode();
		for (String attribute : KEPT) {
			if (body.has(attribute) && !body.get(attribute).isNull()) {
				kept.set(attribute, body.get(attribute));
			}
		}
		if (kept.get("interactionItem") instanceof ArrayNode items) {
			// linked tickets are Switchboard's own; they are added on the way out
			ArrayNode given = json.createArrayNode();
			items.forEach(item -> {
				if (!"TroubleTicket".equals(text(item.path("item"), "@referredType"))) {
					given.add(item);
				}
			});
			kept.set("interactionItem", given);
		}
		if (body.get("relatedParty") instanceof ArrayNode parties) {
			ArrayNode others = json.createArrayNode();
			parties.forEach(party -> {
				if (!isCustomer(party) && !"agent".equalsIgnoreCase(text(party, "role"))) {
					others.add(party);
				}
			});
			if (!others.isEmpty()) {
				kept.set("relatedParty", others);
			}
		}
		return kept.isEmpty() ? null : json.writeValueAsString(kept);
	}

	static Direction direction(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "inbound", "inbounds", "in", "incoming" -> Direction.IN;
			case "outbound", "outbounds", "out", "outgoing" -> Direction.OUT;
			default -> throw TmfException.badRequest("INVALID_ATTRIBUTE",
					"'direction' is inbound or outbound, not '" + value + "'.");
		};
	}

	/** Switchboard's channel: the first reference whose id or name is one it knows, otherwise OTHER. */
	static Channel channel(JsonNode refs) {
		for (JsonNode ref : refs) {
			if (!ref.isObject()) {
				throw TmfException.badRequest("INVALID_ATTRIBUTE", "Each 'channel' entry is an object with an id.");
			}
			for (String key : List.of("name", "id")) {
				String value = text(ref, key);
				if (value != null && CHANNEL_NAMES.containsKey(value.toLowerCase(Locale.ROOT))) {
					return CHANNEL_NAMES.get(value.toLowerCase(Locale.ROOT));
				}
			}
		}
		return Channel.OTHER;
	}

	/** The channel a name or id stands for, OTHER when Switchboard does not know it. */
	static Channel channelNamed(String value) {
		return CHANNEL_NAMES.getOrDefault(value.strip().toLowerCase(Locale.ROOT), Channel.OTHER);
	}

	private static Instant date(JsonNode body, String attribute) {
		String value = text(body.path("interactionDate"), attribute);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "interactionDate." + attribute
					+ " must be a date-time with an offset, e.g. 2026-11-22T10:15:00Z, not '" + value + "'.");
		}
	}

	private static String required(JsonNode body, String attribute) {
		String value = text(body, attribute);
		if (value == null || value.isBlank()) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE", "'" + attribute + "' is required.");
		}
		return value;
	}

	static String text(JsonNode node, String attribute) {
		JsonNode value = node == null ? null : node.get(attribute);
		return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
	}
}
