package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a ticket's history: who made which move when, and the status, queue and owner before and
 * after it. Only the {@link Ticket} writes them, as it makes the move, and they are saved with it.
 */
@Entity
@Table(name = "ticket_action")
class TicketAction {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private Ticket ticket;
	/** The same column, read without loading the ticket (histories of a page of tickets). */
	@Column(name = "ticket_id", insertable = false, updatable = false)
	private UUID ticketId;
	private Instant at;
	private String actor;
	private UUID actorId;
	private String actorName;
	private String action;
	private TicketStatus fromStatus;
	private TicketStatus toStatus;
	private UUID fromQueueId;
	private UUID toQueueId;
	private UUID fromOwnerId;
	private UUID toOwnerId;
	private String comment;

	protected TicketAction() {
	}

	/** The line for a move the ticket just made: "to" is where the ticket stands now. */
	TicketAction(Ticket ticket, Instant at, Actor actor, String action, TicketStatus fromStatus, UUID fromQueueId,
			UUID fromOwnerId, String comment) {
		this.id = Ids.next();
		this.ticket = ticket;
		this.ticketId = ticket.id();
		this.at = at;
		this.actor = actor.username();
		this.actorId = actor.agentId();
		this.actorName = actor.displayName();
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = ticket.status();
		this.fromQueueId = fromQueueId;
		this.toQueueId = ticket.queueId();
		this.fromOwnerId = fromOwnerId;
		this.toOwnerId = ticket.ownerId();
		this.comment = comment;
	}

	TicketActionView view() {
		return new TicketActionView(id, at, actor, actorId, actorName, action, fromStatus, toStatus, fromQueueId,
				toQueueId, fromOwnerId, toOwnerId, comment);
	}

	UUID ticketId() {
		return ticketId;
	}
}
