package io.switchboard.interaction.web;

import io.switchboard.shared.SwitchboardException;
import java.util.UUID;

/** The caller a form names: empty for the customer itself, otherwise a related party's id. */
final class CallerParam {

	private CallerParam() {
	}

	/** The related party's id; null for the customer; {@code INTERACTION_CALLER_UNKNOWN} for anything else. */
	static UUID partyId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new SwitchboardException("INTERACTION_CALLER_UNKNOWN");
		}
	}

	/**
	 * Where to go back to after a page of its own (without JavaScript): a path of this application, never
	 * another site ({@code //host}, {@code https:}); null for anything else.
	 */
	static String back(String value) {
		if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")
				|| value.length() > 200 || value.chars().anyMatch(c -> c < 0x20)) {
			return null;
		}
		return value;
	}
}
