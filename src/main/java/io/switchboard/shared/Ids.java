package io.switchboard.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Surrogate keys: time-ordered UUIDs (version 7), so new rows land at the end of their indexes.
 * Keys are never shown to agents; they read customer, account and ticket numbers instead.
 */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();
	private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern
		.compile("\\p{XDigit}{8}-(\\p{XDigit}{4}-){3}\\p{XDigit}{12}");

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}

	/**
	 * A key as it appears in a URL, or null when the text is not one (so the page answers 404 rather
	 * than failing on a malformed address).
	 */
	public static UUID parseOrNull(String text) {
		return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
	}
}
