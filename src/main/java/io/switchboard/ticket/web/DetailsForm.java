package io.switchboard.ticket.web;

import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The ticket page's edit of the details: subject, content, category and priority, from the version the
 * page showed; values arrive trimmed, blanks as null.
 */
record DetailsForm(Long version,
		@NotBlank(message = "{ticket.form.error.subject}") @Size(max = 200, message = "{ticket.form.error.tooLong}") String subject,
		@NotBlank(message = "{ticket.form.error.content}") @Size(max = 8000, message = "{ticket.form.error.tooLong}") String content,
		@NotNull(message = "{ticket.form.error.priority}") Priority priority,
		@NotBlank(message = "{ticket.form.error.category}") String categoryCode) {

	/** The form as the ticket stands. */
	static DetailsForm of(TicketView ticket) {
		return new DetailsForm(ticket.version(), ticket.subject(), ticket.content(), ticket.priority(),
				ticket.categoryCode());
	}

	TicketChange change() {
		return new TicketChange(subject, content, priority, categoryCode);
	}
}
