package io.switchboard.line.web;

import io.switchboard.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Line ids as they appear in URLs. Anything that is not a UUID names no line: 404, never 500. */
final class LinePaths {

	private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}-(\\p{XDigit}{4}-){3}\\p{XDigit}{12}");

	private LinePaths() {
	}

	static UUID lineId(String raw) {
		if (raw == null || !UUID_TEXT.matcher(raw).matches()) {
			throw new NotFoundException("LINE_NOT_FOUND", String.valueOf(raw));
		}
		return UUID.fromString(raw);
	}

	/** Whether htmx asked (it then gets a fragment for the panel it came from). */
	static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
