package io.switchboard.platform.web;

import io.switchboard.platform.tmf.TmfError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose query string or form body cannot be read (not percent-encoded UTF-8, such as
 * {@code ?q=%C3%28} or a lone {@code %}; more parameters than the server takes; a multipart body without
 * its boundary, or too large) is refused with a 400 before anything else touches its parameters, and one
 * whose {@code Content-Type} is a wildcard with a 415.
 * <p>
 * Why here: Tomcat decodes the parameters the first time anyone asks for one, and from then on every
 * question about them throws. The first to ask may be Spring Security's CSRF filter, the language
 * switch or a controller, and each would turn it into a different failure (an ERROR with a stack
 * trace, a 500 from the API's catch-all). So this filter asks first, and answers in the caller's
 * terms: the TMF {@code Error} body under {@code /tmf-api/}, an OAuth2 error under {@code /oauth2/},
 * and otherwise the desk's error page (or htmx alert) in the agent's language, rendered by the
 * ordinary error view ({@link ErrorViews}) from a forward that carries no parameters.
 * <p>
 * The log line names the request (method and path, never the query or the values: a password or a
 * card number may be among them), at WARN and without a stack trace: the client sent it, not a bug.
 */
class UnreadableParameters extends OncePerRequestFilter {

	/** The request attribute naming the refusal the error view should show ({@code error.<CODE>}). */
	static final String REFUSAL = UnreadableParameters.class.getName() + ".REFUSAL";

	static final String CODE = "REQUEST_UNREADABLE";

	private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

	private static final String EXPLANATION = "The query string or the form body could not be read: "
			+ "parameters must be percent-encoded UTF-8, and at most as many as the server accepts.";

	private final JsonMapper json;

	UnreadableParameters(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (wildcardContentType(request)) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"A Content-Type names one media type, not a wildcard such as */*.", "wildcard Content-Type");
			return;
		}
		try {
			request.getParameterMap();
			if (multipart(request)) {
				// Tomcat keeps a broken multipart body's failure for whoever asks for the parts next
				request.getParts();
			}
		}
		catch (IllegalStateException | IllegalArgumentException | IOException | ServletException unreadable) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "INVALID_PARAMETER", EXPLANATION,
					unreadable.getClass().getSimpleName());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Spring refuses to even read the headers of a request whose Content-Type is {@code *}{@code /*}. */
	private static boolean wildcardContentType(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			return MediaType.parseMediaType(type).isWildcardType();
		}
		catch (InvalidMediaTypeException unparseable) {
			// Spring answers an unparseable one with 415 itself
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String apiCode,
			String explanation, String why) throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		log.warn("Refused {} {} with {}: it could not be read ({})", request.getMethod(), path, status, why);
		if (path.startsWith("/tmf-api/")) {
			write(response, status, TmfError.of(status, apiCode, HttpStatus.valueOf(status).getReasonPhrase(),
					explanation));
		}
		else if (path.startsWith("/oauth2/")) {
			// RFC 6749, section 5.2
			write(response, status, Map.of("error", "invalid_request", "error_description", explanation));
		}
		else {
			HttpServletRequest withoutParameters = new WithoutParameters(request);
			withoutParameters.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
			withoutParameters.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			if (status == HttpServletResponse.SC_BAD_REQUEST) {
				withoutParameters.setAttribute(REFUSAL, CODE);
			}
			request.getRequestDispatcher("/error").forward(withoutParameters, response);
		}
	}

	private void write(HttpServletResponse response, int status, Object body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}

	/**
	 * The same request, read as a GET with no parameters: it only shows the error page, so the CSRF
	 * check (which would have to read the unreadable form) has nothing to guard, and nothing downstream
	 * can trip over the parameters again.
	 */
	static final class WithoutParameters extends HttpServletRequestWrapper {

		private static final java.util.Set<String> BODY_HEADERS = java.util.Set.of("content-type", "content-length");

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		/** htmx asks for anything; its refusal is the alert fragment, so the error view must answer HTML. */
		@Override
		public String getHeader(String name) {
			if ("Accept".equalsIgnoreCase(name) && super.getHeader("HX-Request") != null) {
				return MediaType.TEXT_HTML_VALUE;
			}
			return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if ("Accept".equalsIgnoreCase(name) && super.getHeader("HX-Request") != null) {
				return Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE));
			}
			return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		/** Nor a body to parse again (a broken multipart body would fail the error page too). */
		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
