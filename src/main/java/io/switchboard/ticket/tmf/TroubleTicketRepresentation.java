package io.switchboard.ticket.tmf;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineSummary;
import io.switchboard.platform.tmf.TmfException;
import io.switchboard.platform.tmf.TmfInputRules;
import io.switchboard.platform.tmf.TmfLinks;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketCommentView;
import io.switchboard.ticket.TicketView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ticket as TMF621 {@code TroubleTicket}: {@code name} is the subject, {@code description} the
 * content, {@code ticketType} the category code, {@code priority} (and {@code severity}, the same scale
 * in Switchboard) critical/high/medium/low, {@code status} the workflow label (OPEN, OPEN-DISPATCH, ...,
 * CLOSED), {@code expectedResolutionDate} the due time, {@code note} the comments, {@code statusChange}
 * the status history; the customer, creator, owner and queue are {@code relatedParty}s, the billing
 * account and line {@code relatedEntity}s, and the returned ticket it re-creates a
 * {@code troubleTicketRelationship}.
 */
@Component
class TroubleTicketRepresentation {

	static final String API = "troubleTicket/v4";
	static final String RESOURCE = "troubleTicket";

	static final Set<String> READ_ONLY = Set.of("id", "href", "@type", "creationDate", "lastUpdate",
			"statusChangeDate", "statusChange", "resolutionDate", "expectedResolutionDate", "troubleTicketRelationship",
			"relatedEntity");

	/**
	 * What a TroubleTicket body may hold, beyond the general limits of the edge: the values a ticket keeps,
	 * with the desk's limits for them (the task form's subject and content, the comment box).
	 */
	static final TmfInputRules INPUT = TmfInputRules.builder()
		.text("name", 200)
		.longText("description", 8000)
		.longText("note.text", 4000)
		// a dispatch comment or the customer's reply (a resolution code when closing)
		.longText("statusChangeReason", 4000)
		.build();

	private final JsonMapper json;
	private final TmfLinks links;
	private final TicketApi tickets;
	private final TicketAdmin admin;
	private final CustomerApi customers;
	private final AgentApi agents;
	private final LineApi lines;

	TroubleTicketRepresentation(JsonMapper json, TmfLinks links, TicketApi tickets, TicketAdmin admin,
			CustomerApi customers, AgentApi agents, LineApi lines) {
		this.json = json;
		this.links = links;
		this.tickets = tickets;
		this.admin = admin;
		this.customers = customers;
		this.agents = agents;
		this.lines = lines;
	}

	String href(String number) {
		return links.href(API, RESOURCE, number);
	}

	/** The ticket as a TMF resource, for a reader with this scope. */
	ObjectNode toJson(TicketView ticket, PartnerScope audience) {
		return toJson(List.of(ticket), audience).get(0);
	}

	/**
	 * The tickets as TMF resources, in their order, reading what they refer to (history, comments,
	 * agents, customers, queues, re-created tickets) once for the whole page. A queue appears as a
	 * related party only when the {@code audience} may know of it (the desk's rule: a partner learns the
	 * names of its own and its sub-partners' queues, not of the operator's internal ones).
	 */
	List<ObjectNode> toJson(List<TicketView> page, PartnerScope audience) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<TicketActionView>> histories = tickets.histories(page);
		Map<UUID, List<TicketCommentView>> comments = tickets.comments(page);
		Set<UUID> people = Stream.concat(page.stream().flatMap(t -> Stream.of(t.creatorId(), t.ownerId())),
				comments.values().stream().flatMap(List::stream).map(TicketCommentView::authorId))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, QueueView> queues = page.stream().anyMatch(t -> t.queueId() != null)
				? admin.queues().stream().filter(q -> q.visibleTo(audience))
					.collect(Collectors.toMap(QueueView::id, q -> q))
				: Map.of();
		References references = new References(histories, comments, agents.findAll(people),
				customers.summaries(page.stream().map(TicketView::customerId).distinct().toList(),
						PartnerScope.EVERYONE),
				queues, tickets.previousNumbers(page));
		return page.stream().map(ticket -> toJson(ticket, references)).toList();
	}

	/** What a page of tickets refers to, read once. */
	private record References(Map<UUID, List<TicketActionView>> histories,
			Map<UUID, List<TicketCommentView>> comments, Map<UUID, AgentView> agents,
			Map<UUID, CustomerSummary> customers, Map<UUID, QueueView> queues, Map<UUID, String> previous) {
	}

	private ObjectNode toJson(TicketView ticket, References references) {
		ObjectNode node = json.createObjectNode();
		node.put("id", ticket.number());
		node.put("href", href(ticket.number()));
		node.put("name", ticket.subject());
		node.put("description", ticket.content());
		node.put("ticketType", ticket.categoryCode());
		String priority = ticket.priority().name().toLowerCase(Locale.ROOT);
		node.put("priority", priority);
		node.put("severity", priority);
		node.put("status", ticket.status().label());
		node.put("creationDate", ticket.createdAt().toString());
		node.put("lastUpdate", ticket.updatedAt().toString());
		node.put("expectedResolutionDate", ticket.dueAt().toString());
		if (ticket.closedAt() != null) {
			node.put("resolutionDate", ticket.closedAt().toString());
		}
		ObjectNode channel = node.putObject("channel");
		channel.put("id", ticket.channel().name().toLowerCase(Locale.ROOT));
		channel.put("name", ticket.channel().name().toLowerCase(Locale.ROOT));
		channel.put("@referredType", "Channel");

		List<TicketActionView> history = references.histories().getOrDefault(ticket.id(), List.of());
		Map<UUID, AgentView> agentsById = references.agents();

		ArrayNode statusChanges = node.putArray("statusChange");
		TicketActionView lastChange = null;
		for (TicketActionView action : history) {
			if (action.toStatus() != null && !Objects.equals(action.fromStatus(), action.toStatus())) {
				ObjectNode change = statusChanges.addObject();
				change.put("status", action.toStatus().label());
				change.put("changeDate", action.at().toString());
				if (action.comment() != null) {
					change.put("changeReason", action.comment());
				}
				lastChange = action;
			}
		}
		node.put("statusChangeDate", (lastChange == null ? ticket.createdAt() : lastChange.at()).toString());
		if (lastChange != null && lastChange.comment() != null) {
			node.put("statusChangeReason", lastChange.comment());
		}

		ArrayNode notes = node.putArray("note");
		for (TicketCommentView comment : references.comments().getOrDefault(ticket.id(), List.of())) {
			ObjectNode note = notes.addObject();
			note.put("id", comment.id().toString());
			note.put("author", comment.authorName() != null ? comment.authorName() : comment.author());
			note.put("date", comment.at().toString());
			note.put("text", comment.body());
		}

		ArrayNode parties = node.putArray("relatedParty");
		CustomerSummary customer = references.customers().get(ticket.customerId());
		if (customer != null) {
			ObjectNode party = parties.addObject();
			party.put("id", customer.customerNumber());
			party.put("name", customer.displayName());
			party.put("role", "customer");
			party.put("@referredType", "Customer");
		}
		person(parties, "creator", ticket.creatorId(), ticket.createdBy(), agentsById);
		person(parties, "owner", ticket.ownerId(), null, agentsById);
		if (ticket.queueId() != null) {
			Optional.ofNullable(references.queues().get(ticket.queueId())).ifPresent(queue -> {
				ObjectNode party = parties.addObject();
				party.put("id", queue.id().toString());
				// the API is read by systems, not agents: the English name (the code names the queue in any language)
				party.put("name", queue.name(Locale.ENGLISH));
				party.put("role", "queue");
				party.put("@referredType", "WorkQueue");
			});
		}

		ArrayNode entities = json.createArrayNode();
		if (ticket.billingAccountId() != null) {
			customers.account(ticket.billingAccountId()).ifPresent(account -> {
				ObjectNode entity = entities.addObject();
				entity.put("id", account.accountNumber());
				entity.put("role", "billingAccount");
				entity.put("@referredType", "BillingAccount");
			});
		}
		if (ticket.lineId() != null) {
			lines.find(ticket.lineId(), PartnerScope.EVERYONE).ifPresent(line -> {
				ObjectNode entity = entities.addObject();
				entity.put("id", line.mdn());
				entity.put("role", "line");
				entity.put("@referredType", "Service");
			});
		}
		if (!entities.isEmpty()) {
			node.set("relatedEntity", entities);
		}
		String previous = ticket.previousId() == null ? null : references.previous().get(ticket.previousId());
		if (previous != null) {
			ObjectNode relation = node.putArray("troubleTicketRelationship").addObject();
			relation.put("id", previous);
			relation.put("href", href(previous));
			relation.put("relationshipType", "recreates");
		}
		node.put("@type", "TroubleTicket");
		return node;
	}

	private static void person(ArrayNode parties, String role, UUID agentId, String fallback,
			Map<UUID, AgentView> agentsById) {
		if (agentId == null && fallback == null) {
			return;
		}
		ObjectNode party = parties.addObject();
		AgentView agent = agentId == null ? null : agentsById.get(agentId);
		party.put("id", agent != null ? agent.username() : fallback);
		if (agent != null) {
			party.put("name", agent.displayName());
		}
		party.put("role", role);
		party.put("@referredType", agent != null ? "Individual" : "PartyRole");
	}

	static Priority priority(String value, String attribute) {
		return Arrays.stream(Priority.values())
			.filter(p -> p.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> TmfException.badRequest("INVALID_ATTRIBUTE",
					"'" + attribute + "' is critical, high, medium or low, not '" + value + "'."));
	}

	static Channel channel(JsonNode channel) {
		for (String key : List.of("name", "id")) {
			String value = text(channel, key);
			if (value != null) {
				String code = value.strip().toUpperCase(Locale.ROOT).replace("-", "");
				for (Channel c : Channel.values()) {
					if (c.name().equals(code)) {
						return c;
					}
				}
			}
		}
		throw TmfException.badRequest("INVALID_ATTRIBUTE", "'channel' is one of "
				+ Arrays.stream(Channel.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ".");
	}

	/**
	 * The queue a relatedParty with role queue names, by id, by code, or by its name in any language, among
	 * the queues a ticket of {@code partnerId} may go to. A queue that does not exist and one of another
	 * partner get the same answer, so that a client cannot learn other partners' queue names by trying them.
	 */
	QueueView queue(JsonNode body, UUID partnerId, PartnerScope scope) {
		if (body.get("relatedParty") instanceof ArrayNode parties) {
			for (JsonNode party : parties) {
				if ("queue".equalsIgnoreCase(text(party, "role"))) {
					String id = text(party, "id");
					String name = text(party, "name");
					return admin.queuesFor(partnerId, scope).stream()
						.filter(q -> q.id().toString().equals(id) || q.code().equalsIgnoreCase(id == null ? "" : id.strip())
								|| q.entry().names().anyIs(name) || q.entry().names().anyIs(id))
						.findFirst()
						.orElseThrow(() -> unknownQueue(id != null ? id : name));
				}
			}
		}
		return null;
	}

	/** The one answer for a queue this ticket cannot be sent to, whether it exists elsewhere or not at all. */
	static TmfException unknownQueue(String given) {
		return TmfException.badRequest("UNKNOWN_QUEUE",
				"relatedParty: no queue " + (given == null ? "" : "'" + given + "' ") + "that this ticket can be dispatched to.");
	}

	static String customerNumber(JsonNode body) {
		if (body.get("relatedParty") instanceof ArrayNode parties) {
			for (JsonNode party : parties) {
				if ("customer".equalsIgnoreCase(text(party, "role")) || "Customer".equals(text(party, "@referredType"))) {
					return text(party, "id");
				}
			}
		}
		return null;
	}

	/** The billing account (by account number) and line (by MDN) a POST names in relatedEntity. */
	UUID[] entities(JsonNode body, UUID customerId) {
		UUID account = null;
		UUID line = null;
		if (body.get("relatedEntity") instanceof ArrayNode entities) {
			for (JsonNode entity : entities) {
				String role = text(entity, "role");
				String id = text(entity, "id");
				if ("billingAccount".equalsIgnoreCase(role)) {
					account = customers.accounts(customerId).stream()
						.filter(a -> a.accountNumber().equals(id)).map(BillingAccountView::id).findFirst()
						.orElseThrow(() -> TmfException.badRequest("INVALID_ATTRIBUTE",
								"relatedEntity: the customer has no billing account " + id + "."));
				}
				else if ("line".equalsIgnoreCase(role)) {
					String digits = id == null ? "" : id.replaceAll("[^0-9]", "");
					line = lines.linesOf(customerId).stream()
						.filter(l -> l.mdn() != null && l.mdn().replaceAll("[^0-9]", "").equals(digits))
						.map(LineSummary::id).findFirst()
						.orElseThrow(() -> TmfException.badRequest("INVALID_ATTRIBUTE",
								"relatedEntity: the customer has no line " + id + "."));
				}
			}
		}
		return new UUID[] { account, line };
	}

	static String text(JsonNode node, String attribute) {
		JsonNode value = node == null ? null : node.get(attribute);
		return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
	}
}
