package io.switchboard.line.domain;

import io.switchboard.audit.AuditValues;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The line user questionnaire: who actually uses the number when it is not the contract holder (a
 * child, an employee, a relative). Every field is optional; the phone is in E.164.
 */
public record UserQuestionnaire(String fullName, LocalDate dateOfBirth, String document, String phone, String email,
		String address, String notes) {

	public static final UserQuestionnaire EMPTY = new UserQuestionnaire(null, null, null, null, null, null, null);

	public boolean isEmpty() {
		return equals(EMPTY);
	}

	/**
	 * What differs from {@code other}, field by field, as the before and after of the audit trail (the
	 * date of birth as a day the trail shows in the agent's format). The document number is masked but
	 * for its last two characters, as everywhere in the trail.
	 */
	Map<String, String[]> differencesTo(UserQuestionnaire other) {
		Map<String, String[]> changes = new LinkedHashMap<>();
		difference(changes, "userFullName", fullName, other.fullName);
		if (!Objects.equals(dateOfBirth, other.dateOfBirth)) {
			changes.put("userDateOfBirth",
					new String[] { AuditValues.day(dateOfBirth), AuditValues.day(other.dateOfBirth) });
		}
		if (!Objects.equals(document, other.document)) {
			changes.put("userDocument", new String[] { masked(document), masked(other.document) });
		}
		difference(changes, "userPhone", phone, other.phone);
		difference(changes, "userEmail", email, other.email);
		difference(changes, "userAddress", address, other.address);
		difference(changes, "userNotes", notes, other.notes);
		return changes;
	}

	private static void difference(Map<String, String[]> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new String[] { AuditValues.text(before), AuditValues.text(after) });
		}
	}

	static String masked(String document) {
		if (document == null) {
			return null;
		}
		int shown = document.length() > 4 ? 2 : 0;
		return "••••" + document.substring(document.length() - shown);
	}
}
