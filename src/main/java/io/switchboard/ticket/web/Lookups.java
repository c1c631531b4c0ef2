package io.switchboard.ticket.web;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketView;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The names lists and pages show for the keys tickets hold: categories, queues, resolutions, agents.
 * Queues are named only when the agent may know of them ({@link QueueView#visibleTo}): a partner's agent
 * reads "an internal queue" for the operator's own.
 */
@Component
class Lookups {

	private final TicketAdmin admin;
	private final AgentApi agents;

	Lookups(TicketAdmin admin, AgentApi agents) {
		this.admin = admin;
		this.agents = agents;
	}

	void add(Model model, Actor actor, Collection<TicketView> tickets, Collection<TicketActionView> history) {
		Map<String, CategoryView> categories = new LinkedHashMap<>();
		admin.categories().forEach(c -> categories.put(c.code(), c));
		Map<UUID, QueueView> queues = new LinkedHashMap<>();
		admin.queues().stream().filter(q -> q.visibleTo(actor.scope())).forEach(q -> queues.put(q.id(), q));
		Map<String, CodedEntry> resolutions = new LinkedHashMap<>();
		admin.resolutions().forEach(r -> resolutions.put(r.code(), r));
		Set<UUID> people = new HashSet<>();
		tickets.forEach(t -> Stream.of(t.ownerId(), t.creatorId(), t.answeredBy()).filter(Objects::nonNull)
			.forEach(people::add));
		history.forEach(h -> Stream.of(h.fromOwnerId(), h.toOwnerId()).filter(Objects::nonNull).forEach(people::add));
		Map<UUID, String> names = new LinkedHashMap<>();
		agents.findAll(people).forEach((id, agent) -> names.put(id, agent.displayName()));
		model.addAttribute("categories", categories);
		model.addAttribute("queues", queues);
		model.addAttribute("resolutions", resolutions);
		model.addAttribute("agentNames", names);
	}

	Map<UUID, AgentView> agents(Collection<UUID> ids) {
		return agents.findAll(ids);
	}
}
