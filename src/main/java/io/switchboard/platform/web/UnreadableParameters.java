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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose query string or form body cannot be read (not percent-encoded UTF-8, such as
 * {@code ?q=%C3%28} or a lone {@code %}; more parameters than the server takes) is refused with a 400
 * before anything else touches its parameters.
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
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException unreadable) {
			refuse(request, response, unreadable);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException unreadable)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		log.warn("Refused {} {}: its parameters could not be read ({})", request.getMethod(), path,
				unreadable.getClass().getSimpleName());
		if (path.startsWith("/tmf-api/")) {
			write(response, MediaType.APPLICATION_JSON_VALUE,
					TmfError.of(400, "INVALID_PARAMETER", "Bad Request", EXPLANATION));
		}
		else if (path.startsWith("/oauth2/")) {
			// RFC 6749, section 5.2
			write(response, MediaType.APPLICATION_JSON_VALUE,
					Map.of("error", "invalid_request", "error_description", EXPLANATION));
		}
		else {
			HttpServletRequest withoutParameters = new WithoutParameters(request);
			withoutParameters.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
			withoutParameters.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			withoutParameters.setAttribute(REFUSAL, CODE);
			request.getRequestDispatcher("/error").forward(withoutParameters, response);
		}
	}

	private void write(HttpServletResponse response, String contentType, Object body) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}

	/**
	 * The same request, read as a GET with no parameters: it only shows the error page, so the CSRF
	 * check (which would have to read the unreadable form) has nothing to guard, and nothing downstream
	 * can trip over the parameters again.
	 */
	static final class WithoutParameters extends HttpServletRequestWrapper {

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
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if ("Accept".equalsIgnoreCase(name) && super.getHeader("HX-Request") != null) {
				return Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE));
			}
			return super.getHeaders(name);
		}

		@Override
		public String getQueryString() {
			return null;
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
