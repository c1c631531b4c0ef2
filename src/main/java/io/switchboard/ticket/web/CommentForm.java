package io.switchboard.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment typed on the ticket page; arrives trimmed, a blank as null. */
record CommentForm(@NotBlank(message = "{error.TICKET_COMMENT_REQUIRED}") @Size(max = 4000,
		message = "{ticket.form.error.tooLong}") String body) {

	static CommentForm blank() {
		return new CommentForm(null);
	}
}
