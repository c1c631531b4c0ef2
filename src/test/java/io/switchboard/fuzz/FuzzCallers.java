package io.switchboard.fuzz;

import io.switchboard.fuzz.Endpoints.Endpoint;
import io.switchboard.support.DeskLogin;
import io.switchboard.support.RawHttp;
import io.switchboard.support.TmfClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Who sends the fuzzer's requests: desk pages as a logged-in agent with its session cookie and CSRF
 * token (an administrator for {@code /admin}, a manager for tickets, so that the requests reach the
 * code behind the role checks), the TMF APIs with the demo operator client's bearer token, the OAuth2
 * endpoints with its client credentials, and the login form as a visitor with a session of its own.
 */
final class FuzzCallers {

	private final int port;
	private final RawHttp http;
	private final Map<String, DeskLogin.Session> sessions = new HashMap<>();
	private final String token;

	FuzzCallers(int port) {
		this.port = port;
		this.http = new RawHttp(port);
		this.token = TmfClient.operator(port).token();
	}

	RawHttp http() {
		return http;
	}

	RawHttp.Request withCredentials(Endpoint endpoint, RawHttp.Request request) {
		String pattern = endpoint.pattern();
		if (endpoint.api()) {
			return request.withHeader("Authorization", "Bearer " + token);
		}
		if (pattern.startsWith("/oauth2/") && !pattern.equals("/oauth2/authorize")) {
			String basic = Base64.getEncoder()
				.encodeToString("tmf-operator:tmf-operator-secret".getBytes(StandardCharsets.UTF_8));
			return request.withHeader("Authorization", "Basic " + basic);
		}
		if (pattern.startsWith("/.well-known/")) {
			return request;
		}
		String login = pattern.equals("/login") ? "" : pattern.startsWith("/admin") ? "admin"
				: pattern.startsWith("/tickets") ? "manager" : "agent";
		return sessions.computeIfAbsent(login,
				l -> l.isEmpty() ? DeskLogin.visitor(port) : DeskLogin.as(port, l)).on(request);
	}
}
