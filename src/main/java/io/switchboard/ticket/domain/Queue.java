package io.switchboard.ticket.domain;

import io.switchboard.shared.PartnerScope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What only a queue of a partner's back office has: the partner, its members, who take the tickets
 * dispatched or forwarded to it, and with auto-assign on, the turn: each ticket that arrives goes
 * straight to the next member (round-robin, remembered in {@code lastAssignedId}). The queue itself (its
 * code, names, order, in use or not) is an entry of the coded list
 * {@link io.switchboard.ticket.TicketAdmin#QUEUES}, with the same id. The version guards the turn, which
 * moves with every ticket handed out; administrators' saves are guarded by the entry's version.
 */
@Entity
@Table(name = "ticket_queue")
class Queue {

	@Id
	private UUID id;
	private UUID partnerId;
	private boolean autoAssign;
	private UUID lastAssignedId;
	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ticket_queue_member", joinColumns = @JoinColumn(name = "queue_id"))
	@Column(name = "agent_id")
	private Set<UUID> members = new HashSet<>();

	protected Queue() {
	}

	Queue(UUID id) {
		this.id = id;
	}

	void set(UUID partnerId, boolean autoAssign, Set<UUID> members) {
		this.partnerId = partnerId;
		this.autoAssign = autoAssign;
		this.members.clear();
		this.members.addAll(members);
	}

	/** The member whose turn it is, after the last one served (members in key order). */
	Optional<UUID> nextInTurn() {
		if (!autoAssign || members.isEmpty()) {
			return Optional.empty();
		}
		UUID next = members.stream().sorted().filter(m -> lastAssignedId == null || m.compareTo(lastAssignedId) > 0)
			.findFirst()
			.orElse(members.stream().sorted().findFirst().orElseThrow());
		lastAssignedId = next;
		return Optional.of(next);
	}

	UUID id() {
		return id;
	}

	UUID partnerId() {
		return partnerId;
	}

	boolean autoAssign() {
		return autoAssign;
	}

	Set<UUID> members() {
		return Set.copyOf(members);
	}

	boolean hasMember(UUID agentId) {
		return agentId != null && members.contains(agentId);
	}

	/** Whether someone with this scope may know of the queue: see {@link io.switchboard.ticket.QueueView#visibleTo}. */
	boolean visibleTo(PartnerScope scope) {
		return scope.allows(partnerId);
	}
}
