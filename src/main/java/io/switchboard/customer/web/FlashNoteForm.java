package io.switchboard.customer.web;

import io.switchboard.customer.Severity;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the agent types to add a FLASH note: the text, how severe, and optionally the last day it shows. */
record FlashNoteForm(String body, Severity severity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	static FlashNoteForm empty() {
		return new FlashNoteForm("", Severity.INFO, null);
	}
}
