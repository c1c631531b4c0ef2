package io.switchboard.line.web;

import io.switchboard.line.domain.UserQuestionnaire;
import io.switchboard.shared.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The user questionnaire as the agent typed it, with the line version it was opened from. Values
 * arrive trimmed, blanks as null. The date of birth and the version travel as text, so that whatever
 * was typed (or tampered with) comes back to the agent with a message rather than failing the
 * binding; the controller reads them, checks the phone against the partner's regions and the date of
 * birth against today, which it knows.
 */
record LineUserForm(String version,
		@Size(max = 200, message = "{line.user.error.tooLong}") String fullName,
		String dateOfBirth,
		@Size(max = 100, message = "{line.user.error.tooLong}") String document,
		@Size(max = 40, message = "{line.user.error.tooLong}") String phone,
		@Size(max = 254, message = "{line.user.error.tooLong}")
		@Email(regexp = EmailAddress.PATTERN, message = "{line.user.error.email}") String email,
		@Size(max = 300, message = "{line.user.error.tooLong}") String address,
		@Size(max = 1000, message = "{line.user.error.tooLong}") String notes) {


	static LineUserForm of(UserQuestionnaire user, long version) {
		return new LineUserForm(String.valueOf(version), user.fullName(),
				user.dateOfBirth() == null ? null : user.dateOfBirth().toString(), user.document(), user.phone(),
				user.email(), user.address(), user.notes());
	}

	/** The version the form was opened from; null when missing or not a number. */
	Long versionNumber() {
		try {
			return version == null ? null : Long.valueOf(version);
		}
		catch (NumberFormatException tampered) {
			return null;
		}
	}

	/** The date of birth (ISO, as date inputs send it); null when blank. */
	LocalDate birthDate() throws DateTimeParseException {
		return dateOfBirth == null ? null : LocalDate.parse(dateOfBirth);
	}

	/** The questionnaire to save, with the date and the phone (E.164) already read. */
	UserQuestionnaire questionnaire(LocalDate birthDate, String phoneE164) {
		return new UserQuestionnaire(fullName, birthDate, document, phoneE164, email, address, notes);
	}

	LineUserForm withVersion(long current) {
		return new LineUserForm(String.valueOf(current), fullName, dateOfBirth, document, phone, email, address, notes);
	}
}
