package io.switchboard.line.web;

import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** Line ids as they appear in URLs. Anything that is not a UUID names no line: 404, never 500. */
final class LinePaths {

	private LinePaths() {
	}

	static UUID lineId(String raw) {
		UUID id = Ids.parseOrNull(raw);
		if (id == null) {
			throw new NotFoundException("LINE_NOT_FOUND", String.valueOf(raw));
		}
		return id;
	}

	/** Whether htmx asked (it then gets a fragment for the panel it came from). */
	static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
