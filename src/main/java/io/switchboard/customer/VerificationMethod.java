package io.switchboard.customer;

/**
 * How a caller proved who they are: the care PIN ({@code PIN}), or their date of birth together with the
 * last 4 digits of one of their identity documents ({@code DOB_ID}).
 */
public enum VerificationMethod {
	PIN, DOB_ID
}
