package io.switchboard.ticket.web;

import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.shared.Ids;
import io.switchboard.ticket.TicketAdmin.QueueChange;
import java.util.Arrays;
import java.util.List;

/**
 * A row of the queues' table as typed: the entry ({@code entry.code}, {@code entry.names[ru]}, ...), the
 * partner, the members by username (separated by commas or spaces) and whether the queue hands tickets out
 * round-robin.
 */
record QueueForm(CodedEntryForm entry, String partnerId, String members, Boolean autoAssign) {

	QueueForm {
		entry = entry == null ? CodedEntryForm.empty() : entry;
		autoAssign = Boolean.TRUE.equals(autoAssign);
	}

	QueueChange change(boolean adding) {
		List<String> usernames = members == null ? List.of()
				: Arrays.stream(members.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
		return new QueueChange(entry.draft(adding), Ids.parseOrNull(partnerId), usernames, autoAssign);
	}
}
