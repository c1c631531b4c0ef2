package io.switchboard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the fuzzer built it: no client library in between to
 * refuse, re-encode or "fix" an invalid percent-encoding, a lone {@code %}, a control character or a
 * method the library does not know. One request per connection. For the tests of bad input, which a
 * well-behaved client (or MockMvc) would never send.
 */
public final class RawHttp {

	private static final int READ_LIMIT = 64 * 1024;

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A request as it goes on the wire; {@code target} is the path and query exactly as sent. */
	public record Request(String method, String target, Map<String, String> headers, byte[] body) {

		public Request {
			headers = new LinkedHashMap<>(headers);
			body = body == null ? new byte[0] : body;
		}

		public Request withHeader(String name, String value) {
			Map<String, String> h = new LinkedHashMap<>(headers);
			h.put(name, value);
			return new Request(method, target, h, body);
		}

		/** The request for a person reading a failure: long values cut, the body as text. */
		public String describe() {
			StringBuilder text = new StringBuilder(method).append(' ').append(cut(target, 600)).append('\n');
			headers.forEach((name, value) -> {
				if (!name.equalsIgnoreCase("Cookie") && !name.equalsIgnoreCase("Authorization")) {
					text.append(name).append(": ").append(cut(value, 200)).append('\n');
				}
			});
			if (body.length > 0) {
				text.append('\n').append(cut(new String(body, StandardCharsets.UTF_8), 1000)).append('\n');
			}
			return text.toString();
		}

		private static String cut(String s, int max) {
			return s.length() <= max ? s : s.substring(0, max) + "... (" + s.length() + " characters)";
		}
	}

	/** The status and the start of the body; status 0 when the server closed without answering. */
	public record Response(int status, String head, String body) {
	}

	public Response send(Request request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			ByteArrayOutputStream wire = new ByteArrayOutputStream();
			wire.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
			wire.writeBytes("Host: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
			request.headers().forEach((name, value) -> wire
				.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			if (request.body().length > 0 || !request.method().equals("GET")) {
				wire.writeBytes(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			wire.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			wire.writeBytes(request.body());
			try {
				out.write(wire.toByteArray());
				out.flush();
			}
			catch (IOException refusedEarly) {
				// the server may answer (e.g. 400 or 413) and close before reading all of a large request
			}
			return read(socket.getInputStream());
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not reach the application on port " + port, e);
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; received.size() < READ_LIMIT && (n = in.read(buffer)) > 0;) {
				received.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException | java.net.SocketException closed) {
			// what arrived is what there is
		}
		String text = received.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String body = end < 0 ? "" : text.substring(end + 4);
		int status = 0;
		if (head.startsWith("HTTP/1.1 ") && head.length() >= 12) {
			status = Integer.parseInt(head.substring(9, 12));
		}
		return new Response(status, head, body);
	}
}
