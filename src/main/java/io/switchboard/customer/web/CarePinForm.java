package io.switchboard.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new care PIN, typed twice. Never shown back, never logged. */
record CarePinForm(
		@NotBlank(message = "{carePin.error.required}")
		@Pattern(regexp = "\\d{4,8}", message = "{carePin.error.format}") String pin,
		String repeat) {

	static CarePinForm empty() {
		return new CarePinForm(null, null);
	}

	@Override
	public String toString() {
		return "CarePinForm[****]";
	}
}
