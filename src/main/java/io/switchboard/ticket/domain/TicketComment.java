package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.ticket.TicketCommentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on a ticket, written by the {@link Ticket} and saved with it. */
@Entity
@Table(name = "ticket_comment")
class TicketComment {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private Ticket ticket;
	/** The same column, read without loading the ticket. */
	@Column(name = "ticket_id", insertable = false, updatable = false)
	private UUID ticketId;
	private Instant at;
	private String author;
	private UUID authorId;
	private String authorName;
	private String body;

	protected TicketComment() {
	}

	TicketComment(Ticket ticket, Instant at, Actor author, String body) {
		this.id = Ids.next();
		this.ticket = ticket;
		this.ticketId = ticket.id();
		this.at = at;
		this.author = author.username();
		this.authorId = author.agentId();
		this.authorName = author.displayName();
		this.body = body;
	}

	UUID id() {
		return id;
	}

	TicketCommentView view() {
		return new TicketCommentView(id, at, author, authorId, authorName, body);
	}

	UUID ticketId() {
		return ticketId;
	}
}
