package io.switchboard.ticket.web;

import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.ticket.TicketAdmin.CategoryChange;

/**
 * A row of the categories' table as typed: the entry ({@code entry.code}, {@code entry.names[ru]}, ...)
 * and the SLA hours per priority, kept as text so that "4h" comes back as it was typed, next to its
 * refusal.
 */
record CategoryForm(CodedEntryForm entry, String critical, String high, String medium, String low) {

	CategoryForm {
		entry = entry == null ? CodedEntryForm.empty() : entry;
	}

	CategoryChange change(boolean adding) {
		return new CategoryChange(entry.draft(adding), hours(critical), hours(high), hours(medium), hours(low));
	}

	/** Hours as typed; anything but a whole number is refused like hours out of range (null). */
	private static Integer hours(String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException notAWholeNumber) {
			return null;
		}
	}
}
