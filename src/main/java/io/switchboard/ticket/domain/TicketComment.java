package io.switchboard.ticket.domain;

import io.switchboard.shared.Ids;
import io.switchboard.ticket.TicketCommentView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on a ticket. */
@Entity
@Table(name = "ticket_comment")
class TicketComment {

	@Id
	private UUID id;
	private UUID ticketId;
	private Instant at;
	private String author;
	private UUID authorId;
	private String authorName;
	private String body;

	protected TicketComment() {
	}

	TicketComment(UUID ticketId, Instant at, String author, UUID authorId, String authorName, String body) {
		this.id = Ids.next();
		this.ticketId = ticketId;
		this.at = at;
		this.author = author;
		this.authorId = authorId;
		this.authorName = authorName;
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
