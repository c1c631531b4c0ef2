package io.switchboard.platform.codes;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One entry of an administered list, in the version it was read at: its stable {@code code} (what the
 * API and the data carry), its names per language, whether it is still offered ({@code active}), and its
 * place in the list ({@code position}, then the code). Entries are never deleted, so what was recorded
 * with one keeps its name; an administrator takes an entry out of use instead.
 */
public record CodedEntry(UUID id, CodedList list, String code, Names names, boolean active, int position,
		long version, Instant updatedAt, String updatedBy) implements Coded {

	/** A new entry as an import writes it (in use or not), before it has a history. */
	public static CodedEntry of(UUID id, CodedList list, String code, Names names, boolean active, int position) {
		return new CodedEntry(id, list, code, names, active, position, 0, null, null);
	}

	/** An entry is its own entry (a list with nothing of its own shows its entries as they are). */
	@Override
	public CodedEntry entry() {
		return this;
	}

	/** The name to show an agent reading in this language: its own, else English, else the code. */
	public String name(Locale locale) {
		String name = names.in(locale);
		return name != null ? name : code;
	}
}
