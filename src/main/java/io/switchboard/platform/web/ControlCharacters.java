package io.switchboard.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an agent types keeps its line breaks and tabs (a text area's), and nothing else no keyboard
 * makes: from a field whose value holds any other control character (U+0000 to U+001F, U+007F to
 * U+009F: a NUL, a bell, an escape) they are taken out before anything binds or reads it, and its name is
 * remembered in the request attribute {@link #REFUSED}; {@link FormBinders} then refuses the form with
 * the message next to that field ({@code controlCharacters}), showing the text without them. So no such
 * character reaches a page, a PDF, an SMS gateway or the database, as none reaches them through the TMF
 * APIs (which refuse them with the TMF Error body). Every free text the desk keeps comes through a
 * form; a plain parameter (a search, a filter) is read without them. The TMF APIs take no form fields
 * and are left alone.
 */
class ControlCharacters extends OncePerRequestFilter {

	/** The fields (parameter names such as {@code body} or {@code phones[0].number}) that were refused. */
	static final String REFUSED = ControlCharacters.class.getName() + ".REFUSED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<String> refused = new LinkedHashSet<>();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				if (!typeable(value)) {
					refused.add(name);
				}
			}
		});
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(REFUSED, Set.copyOf(refused));
		chain.doFilter(new Cleaned(request), response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/tmf-api/");
	}

	/** Whether a person can have typed it: no control character but line breaks and tabs. */
	static boolean typeable(String value) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				return false;
			}
		}
		return true;
	}

	/** What a person could have typed of it: the value without its other control characters. */
	static String typeablePart(String value) {
		StringBuilder kept = new StringBuilder(value.length());
		value.chars().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')
			.forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	/** The request with every value cleaned of the control characters no one types. */
	static final class Cleaned extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		Cleaned(HttpServletRequest request) {
			super(request);
			request.getParameterMap().forEach((name, values) -> {
				String[] cleaned = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					cleaned[i] = values[i] == null ? null : typeablePart(values[i]);
				}
				parameters.put(name, cleaned);
			});
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}
	}
}
