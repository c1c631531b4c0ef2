package io.switchboard.shared;

/**
 * The check an agent's e-mail field gets: something, an at sign, a domain with a dot and a top-level
 * name, no spaces or angle brackets, at most 254 characters. What a care agent can confirm on the
 * phone; whether the mailbox exists is for the e-mail itself to find out.
 */
public final class EmailAddress {

	/** As a regular expression, for validation annotations ({@code @Email(regexp = ...)}). */
	public static final String PATTERN = "[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>.]{2,}";

	public static final int MAX_LENGTH = 254;

	private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	public static boolean isValid(String address) {
		return address != null && address.length() <= MAX_LENGTH && COMPILED.matcher(address).matches();
	}
}
