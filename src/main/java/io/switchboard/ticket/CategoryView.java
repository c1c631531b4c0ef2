package io.switchboard.ticket;

import java.util.Locale;
import java.util.UUID;

/** A ticket category (billing, technical, porting, ...) with its names and SLA hours per priority. */
public record CategoryView(UUID id, String code, String nameEn, String nameRu, int slaCriticalHours, int slaHighHours,
		int slaMediumHours, int slaLowHours, boolean active, long version) {

	public String name(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
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
