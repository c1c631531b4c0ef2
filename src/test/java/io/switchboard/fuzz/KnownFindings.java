package io.switchboard.fuzz;

import io.switchboard.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Server errors the fuzzer finds whose fixes belong to other work in progress (issue 7), tolerated here
 * by name so that everything else still fails the build. The lead removes each once its fix is merged.
 */
final class KnownFindings {

	private static final Pattern HUB = Pattern.compile("/tmf-api/[^/]+/v4/hub/?(\\?.*)?");
	private static final Pattern LONG_HUB_VALUE = Pattern.compile(
			"\"(callback|query)\"\\s*:\\s*\"[^\"]{2001,}\"");

	private KnownFindings() {
	}

	/** Why this request's server error is known and owned elsewhere; null when it is not. */
	static String reason(RawHttp.Request request) {
		// Issue 7: a hub callback or query over 2,000 characters; fixed on the hub's own branch.
		if (request.method().equals("POST") && HUB.matcher(request.target()).matches()
				&& LONG_HUB_VALUE.matcher(new String(request.body(), StandardCharsets.UTF_8)).find()) {
			return "hub callback or query over 2,000 characters (issue 7, hub branch)";
		}
		// Issue 7: GET /oauth2/authorize (e.g. ?response_type=code&client_id=tmf-bluewave); fixed on the
		// authorization server's own branch.
		if (request.target().startsWith("/oauth2/authorize")) {
			return "/oauth2/authorize (issue 7, authorization server branch)";
		}
		return null;
	}
}
