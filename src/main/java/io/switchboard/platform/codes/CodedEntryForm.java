package io.switchboard.platform.codes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an administration page of a list, as typed: the code (only when adding), the names by
 * language ({@code names[en]}, {@code names[ru]}, one box per configured language), the place, whether
 * the entry is in use, and the version the row was read at. Everything is kept as text, so that what
 * was typed comes back as it was when a save is refused. A module's own form nests it as {@code entry}
 * beside its own fields ({@code entry.names[ru]}, {@code critical}, ...); a list with nothing of its own
 * binds it directly.
 */
public record CodedEntryForm(String code, Map<String, String> names, String position, Boolean active,
		String version) {

	public CodedEntryForm {
		names = names == null ? new LinkedHashMap<>() : new LinkedHashMap<>(names);
		// an unticked box sends nothing
		active = Boolean.TRUE.equals(active);
	}

	/** An empty row (a module's form whose request carried no entry fields at all). */
	public static CodedEntryForm empty() {
		return new CodedEntryForm(null, null, null, false, null);
	}

	/** The row as it is saved now. */
	public static CodedEntryForm of(CodedEntry entry) {
		return new CodedEntryForm(entry.code(), entry.names().byLanguage(), String.valueOf(entry.position()),
				entry.active(), String.valueOf(entry.version()));
	}

	/**
	 * What to save. A blank place is "after the last" for a new entry and "where it is" for a changed one;
	 * a place that is not a whole number is refused as out of range. A new entry is always in use.
	 */
	public CodedLists.Draft draft(boolean adding) {
		Integer at = null;
		if (position != null && !position.isBlank()) {
			try {
				at = Integer.parseInt(position.strip());
			}
			catch (NumberFormatException notAWholeNumber) {
				at = -1;
			}
		}
		return new CodedLists.Draft(code, names, at, adding || active);
	}

	/** The version the row was read at; one that is not a number can match no saved version. */
	public long readVersion() {
		try {
			return version == null ? -1 : Long.parseLong(version.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** The same typed row, to be saved from this version (after the administrator was told who saved in between). */
	public CodedEntryForm withVersion(long current) {
		return new CodedEntryForm(code, names, position, active, String.valueOf(current));
	}
}
