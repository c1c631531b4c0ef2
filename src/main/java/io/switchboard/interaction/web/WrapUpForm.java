package io.switchboard.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the agent enters to wrap an interaction up, with the version the form was opened from (as text,
 * so a tampered value comes back as a message rather than a binding failure). Values arrive trimmed.
 */
record WrapUpForm(
		@NotBlank(message = "{interaction.error.reasonRequired}")
		@Size(max = 500, message = "{interaction.error.tooLong}") String reason,
		@NotBlank(message = "{interaction.error.wrapUpCodeRequired}") String wrapUpCode,
		@Size(max = 4000, message = "{interaction.error.tooLong}") String notes,
		String version) {

	static WrapUpForm empty(long version) {
		return new WrapUpForm(null, null, null, String.valueOf(version));
	}

	WrapUpForm withVersion(long version) {
		return new WrapUpForm(reason, wrapUpCode, notes, String.valueOf(version));
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
}
