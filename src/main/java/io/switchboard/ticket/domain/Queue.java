package io.switchboard.ticket.domain;

import io.switchboard.ticket.QueueView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A queue of a partner's back office. Its members take the tickets dispatched or forwarded to it;
 * with auto-assign on, each ticket that arrives goes straight to the next member in turn
 * (round-robin, remembered in {@code lastAssignedId}).
 */
@Entity
@Table(name = "ticket_queue")
class Queue {

	@Id
	private UUID id;
	private String name;
	private UUID partnerId;
	private boolean autoAssign;
	private UUID lastAssignedId;
	private boolean active;
	private Instant updatedAt;
	private String updatedBy;
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

	void set(QueueView v, Instant at, String actor) {
		this.name = v.name();
		this.partnerId = v.partnerId();
		this.autoAssign = v.autoAssign();
		this.active = v.active();
		this.members.clear();
		this.members.addAll(v.members());
		this.updatedAt = at;
		this.updatedBy = actor;
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

	boolean active() {
		return active;
	}

	boolean hasMember(UUID agentId) {
		return agentId != null && members.contains(agentId);
	}

	long version() {
		return version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	QueueView view() {
		return new QueueView(id, name, partnerId, autoAssign, active, Set.copyOf(members), version);
	}
}
