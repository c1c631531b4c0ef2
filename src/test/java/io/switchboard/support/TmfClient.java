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
	private final int port;
	private final String clientId;
	private final String secret;
	private String token;

	public TmfClient(int port, String clientId, String secret) {
		this.base = "http://localhost:" + port;
		this.port = port;
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

	/** Any method with any body and content type, for the requests an API must refuse. */
	public Answer request(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = authorised(path);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)));
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

	/** An answer read off a raw socket: the status, the headers (names in lower case) and the body. */
	public record RawAnswer(int status, java.util.Map<String, String> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

	/**
	 * Writes a request byte for byte over a socket, for what {@link HttpClient} will not send: a forged
	 * {@code Host}, a body shorter than its {@code Content-Length}, a chunked body. {@code head} is the request
	 * line and headers without the blank line; {@code Connection: close} and the token are added.
	 */
	public RawAnswer raw(String head, byte[] body) {
		String request = head.strip() + "\r\nAuthorization: Bearer " + token() + "\r\nConnection: close\r\n\r\n";
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			var out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException closedEarly) {
				// the server may answer and close before it has read all of the body: its answer is still there
			}
			var in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
			String status = line(in);
			java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
						header.substring(colon + 1).strip());
			}
			java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
					content.write(in.readNBytes(size));
					line(in);
				}
			}
			else if (headers.containsKey("content-length")) {
				content.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
			}
			else {
				content.write(in.readAllBytes());
			}
			return new RawAnswer(Integer.parseInt(status.split(" ")[1]), headers,
					content.toString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A chunked body: the content in chunks of {@code size} bytes, then the last chunk. */
	public static byte[] chunked(byte[] content, int size) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (int at = 0; at < content.length; at += size) {
			int length = Math.min(size, content.length - at);
			out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(content, at, length);
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	private static String line(java.io.DataInputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
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
