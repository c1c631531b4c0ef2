package io.switchboard.ticket.domain;

import io.switchboard.shared.Ids;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a ticket's history, written in the same transaction as the change it records. */
@Entity
@Table(name = "ticket_action")
class TicketAction {

	@Id
	private UUID id;
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

	TicketAction(UUID ticketId, Instant at, String actor, UUID actorId, String actorName, String action,
			TicketStatus fromStatus, TicketStatus toStatus, UUID fromQueueId, UUID toQueueId, UUID fromOwnerId,
			UUID toOwnerId, String comment) {
		this.id = Ids.next();
		this.ticketId = ticketId;
		this.at = at;
		this.actor = actor;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.fromQueueId = fromQueueId;
		this.toQueueId = toQueueId;
		this.fromOwnerId = fromOwnerId;
		this.toOwnerId = toOwnerId;
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
