package io.switchboard.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date of birth and the last 4 digits of an identity document the caller gives, as the agent types
 * them; the date as text (the browser's date field sends ISO dates), so a bad one comes back as a message.
 */
record DetailsForm(
		@NotBlank(message = "{interaction.verify.error.dateOfBirthRequired}") String dateOfBirth,
		@NotBlank(message = "{interaction.verify.error.last4Required}")
		@Pattern(regexp = "\\d{4}", message = "{interaction.verify.error.last4Format}") String last4) {

	static DetailsForm empty() {
		return new DetailsForm(null, null);
	}

	/** The date, or null when it is not one. */
	LocalDate date() {
		try {
			return dateOfBirth == null ? null : LocalDate.parse(dateOfBirth);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
