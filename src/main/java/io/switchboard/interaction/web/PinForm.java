package io.switchboard.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The care PIN the caller says, as the agent types it (trimmed). The page never shows it back. */
record PinForm(
		@NotBlank(message = "{interaction.verify.error.pinRequired}")
		@Pattern(regexp = "\\d{4,8}", message = "{interaction.verify.error.pinFormat}") String pin) {

	static PinForm empty() {
		return new PinForm(null);
	}

	@Override
	public String toString() {
		return "PinForm[pin=****]";
	}
}
