package io.switchboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A desk session on the running application, as a browser gets one: the login form with its CSRF token,
 * then the session cookie and the token the pages carry. For requests sent with {@link RawHttp}.
 */
public final class DeskLogin {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	/** The session cookie's value and the CSRF token that goes with it. */
	public record Session(String cookie, String csrf) {

		/** The request, sent in this session (with its CSRF token as htmx sends it). */
		public RawHttp.Request on(RawHttp.Request request) {
			return request.withHeader("Cookie", "SESSION=" + cookie).withHeader("X-CSRF-TOKEN", csrf);
		}
	}

	private DeskLogin() {
	}

	/** Logged in as this demo login (whose password is its name). */
	public static Session as(int port, String login) {
		return session(port, login);
	}

	/** A visitor's session, before logging in (for the login form itself). */
	public static Session visitor(int port) {
		return session(port, null);
	}

	private static Session session(int port, String login) {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = send(client, HttpRequest.newBuilder(uri(port, "/login")).GET());
		if (login == null) {
			return new Session(cookie(cookies), find(HIDDEN_CSRF, loginPage));
		}
		String form = "username=" + login + "&password=" + login + "&_csrf="
				+ URLEncoder.encode(find(HIDDEN_CSRF, loginPage), StandardCharsets.UTF_8);
		send(client, HttpRequest.newBuilder(uri(port, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return new Session(cookie(cookies), find(META_CSRF, send(client, HttpRequest.newBuilder(uri(port, "/")).GET())));
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

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookie(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("SESSION"))
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
