package io.switchboard.ticket;

import java.util.Locale;
import java.util.UUID;

/** A resolution code a ticket is closed with. */
public record ResolutionView(UUID id, String code, String nameEn, String nameRu, boolean active, long version) {

	public String name(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
	}
}
