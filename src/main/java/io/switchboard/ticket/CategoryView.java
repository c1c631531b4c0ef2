package io.switchboard.ticket;

import io.switchboard.platform.codes.Coded;
import io.switchboard.platform.codes.CodedEntry;
import java.util.Locale;
import java.util.UUID;

/**
 * A ticket category (billing, technical, porting, ...): an entry of the administered list
 * {@link TicketAdmin#CATEGORIES}, with the hours its SLA gives a ticket of each priority before it is due.
 */
public record CategoryView(CodedEntry entry, int slaCriticalHours, int slaHighHours, int slaMediumHours,
		int slaLowHours) implements Coded {

	public UUID id() {
		return entry.id();
	}

	public String code() {
		return entry.code();
	}

	public boolean active() {
		return entry.active();
	}

	public long version() {
		return entry.version();
	}

	/** The name in the agent's language (else English, else the code). */
	public String name(Locale locale) {
		return entry.name(locale);
	}

	public int slaHours(Priority priority) {
		return switch (priority) {
			case CRITICAL -> slaCriticalHours;
			case HIGH -> slaHighHours;
			case MEDIUM -> slaMediumHours;
			case LOW -> slaLowHours;
		};
	}
}
