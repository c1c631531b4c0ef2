package io.switchboard.ticket.web;

import io.switchboard.ticket.Channel;
import io.switchboard.ticket.NewTicket;
import io.switchboard.ticket.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The new-task form as the agent filled it in; values arrive trimmed, blanks as null. */
record TicketForm(UUID billingAccountId, UUID lineId,
		@NotBlank(message = "{ticket.form.error.category}") String category,
		@NotNull(message = "{ticket.form.error.priority}") Priority priority,
		@NotNull(message = "{ticket.form.error.channel}") Channel channel,
		@NotBlank(message = "{ticket.form.error.subject}") @Size(max = 200, message = "{ticket.form.error.tooLong}") String subject,
		@NotBlank(message = "{ticket.form.error.content}") @Size(max = 8000, message = "{ticket.form.error.tooLong}") String content,
		UUID queueId) {

	static TicketForm blank() {
		return new TicketForm(null, null, null, Priority.MEDIUM, Channel.PHONE, null, null, null);
	}

	NewTicket command(String customerNumber) {
		return new NewTicket(customerNumber, billingAccountId, lineId, category, priority, channel, subject, content,
				queueId);
	}
}
