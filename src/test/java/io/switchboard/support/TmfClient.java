package io.switchboard.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integrating system calling the running application over HTTP: it takes an access token with the
 * client-credentials grant, exactly as the README tells integrators to, and sends JSON.
 */
public final class TmfClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final String clientId;
	private final String secret;
	private String token;

	public TmfClient(int port, String clientId, String secret) {
		this.base = "http://localhost:" + port;
		this.clientId = clientId;
		this.secret = secret;
	}

	public static TmfClient operator(int port) {
		return new TmfClient(port, "tmf-operator", "tmf-operator-secret");
	}

	public static TmfClient bluewave(int port) {
		return new TmfClient(port, "tmf-bluewave", "tmf-bluewave-secret");
	}

	public record Answer(int status, HttpResponse<String> response) {

		public JsonNode json() {
			return JSON.readTree(response.body());
		}

		public String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}
	}

	/** POST /oauth2/token with HTTP Basic client authentication. */
	public Answer tokenRequest(String id, String password) {
		String basic = Base64.getEncoder().encodeToString((id + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
	}

	public String token() {
		if (token == null) {
			Answer answer = tokenRequest(clientId, secret);
			if (answer.status() != 200) {
				throw new IllegalStateException("No token for " + clientId + ": " + answer.response().body());
			}
			token = answer.json().get("access_token").asString();
		}
		return token;
	}

	public Answer get(String path) {
		return send(authorised(path).GET());
	}

	public Answer post(String path, String json) {
		return send(authorised(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer patch(String path, String json, String contentType) {
		return send(authorised(path).header("Content-Type", contentType)
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer delete(String path) {
		return send(authorised(path).DELETE());
	}

	/** A request with no token at all, or with the given Authorization header. */
	public Answer getWithAuthorization(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.GET());
	}

	private HttpRequest.Builder authorised(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token());
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
