package io.switchboard.fuzz;

import io.switchboard.fuzz.Endpoints.Endpoint;
import io.switchboard.support.TmfClient;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sends the fuzzer's requests: desk pages as a logged-in agent with its session cookie and CSRF
 * token (an administrator for {@code /admin}, a manager for tickets, so that the requests reach the
 * code behind the role checks), the TMF APIs with the demo operator client's bearer token, the OAuth2
 * endpoints with its client credentials, and the login form as a visitor with a session of its own.
 */
final class FuzzCallers {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	record Session(String cookie, String csrf) {
	}

	private final int port;
	private final RawHttp http;
	private final Map<String, Session> sessions = new HashMap<>();
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
		Session session = session(pattern.equals("/login") ? null
				: pattern.startsWith("/admin") ? "admin" : pattern.startsWith("/tickets") ? "manager" : "agent");
		return request.withHeader("Cookie", "JSESSIONID=" + session.cookie())
			.withHeader("X-CSRF-TOKEN", session.csrf());
	}

	/** A session logged in as this demo login (its password is its name), or a visitor's when null. */
	private Session session(String login) {
		return sessions.computeIfAbsent(login == null ? "" : login, key -> {
			CookieManager cookies = new CookieManager();
			HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NEVER).build();
			String loginPage = get(client, "/login");
			if (login == null) {
				return new Session(cookie(cookies), find(HIDDEN_CSRF, loginPage));
			}
			String form = "username=" + login + "&password=" + login + "&_csrf="
					+ URLEncoder.encode(find(HIDDEN_CSRF, loginPage), StandardCharsets.UTF_8);
			send(client, HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
			return new Session(cookie(cookies), find(META_CSRF, get(client, "/")));
		});
	}

	private String get(HttpClient client, String path) {
		return send(client, HttpRequest.newBuilder(uri(path)).GET());
	}

	private static String send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookie(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1);
	}
}
