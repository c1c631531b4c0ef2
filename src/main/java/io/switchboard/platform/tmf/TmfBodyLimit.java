package io.switchboard.platform.tmf;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body-size limit of the TMF APIs ({@code switchboard.api.limits.max-body-size}): a request whose
 * body is larger is answered 413 with the TMF {@code Error} body before anything parses it. A declared
 * {@code Content-Length} over the limit is refused without reading; a body without one (chunked) is read
 * up to one byte past the limit, and refused there, so no more than the limit is ever held in memory.
 */
class TmfBodyLimit extends OncePerRequestFilter {

	private final long limit;
	private final JsonMapper json;

	TmfBodyLimit(TmfLimits limits, JsonMapper json) {
		this.limit = limits.maxBodySize().toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(response, declared + " bytes");
			return;
		}
		if (declared == 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), limit + 1);
		if (body.length > limit) {
			tooLarge(response, "more than " + limit + " bytes");
			return;
		}
		chain.doFilter(new Buffered(request, body), response);
	}

	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		int read;
		while (out.size() < max && (read = in.read(chunk, 0, (int) Math.min(chunk.length, max - out.size()))) != -1) {
			out.write(chunk, 0, read);
		}
		return out.toByteArray();
	}

	private void tooLarge(HttpServletResponse response, String size) throws IOException {
		response.setStatus(413);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		// the rest of the body is not read: the connection cannot carry another request
		response.setHeader("Connection", "close");
		json.writeValue(response.getOutputStream(), TmfError.of(413, "REQUEST_TOO_LARGE", "Content Too Large",
				"The body has " + size + "; at most " + limit + " bytes are accepted."));
	}

	/** The request with its body read into memory (at most the limit). */
	private static final class Buffered extends HttpServletRequestWrapper {

		private final byte[] body;

		Buffered(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = StandardCharsets.UTF_8;
			try {
				if (getCharacterEncoding() != null) {
					charset = Charset.forName(getCharacterEncoding());
				}
			}
			catch (IllegalArgumentException unknown) {
				// JSON is UTF-8 (RFC 8259); an unknown charset parameter changes nothing
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
