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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rows a desk form's list may have: {@code 0} to {@value #MAX_ROWS}{@code - 1}. A field named with
 * another index ({@code phones[300].number}, {@code phones[-1].number}, {@code phones[x].number}) is
 * taken out of the request before anything binds it, and the list it belongs to is remembered in the
 * request attribute {@link #OUT_OF_RANGE}; {@link FormBinders} then reports it on the form, next to the
 * list ({@code rowsOutOfRange}), so the form comes back with a message.
 * <p>
 * Why a filter: Spring grows a list up to the index a request names (256 rows by default) and throws,
 * rather than reporting a field error, when constructor binding meets an index past that or a
 * negative one; nothing between the request and the constructor can leave such a field out. No desk
 * form binds a {@code Map} by key, except the names of a coded list's entry by language
 * ({@code names[en]}, {@code names[ru]}: see {@code fragments/coded-list.html}), whose keys are language
 * tags and are let through as they are. The TMF APIs take no form fields and are left alone.
 */
class ListRows extends OncePerRequestFilter {

	static final int MAX_ROWS = 100;

	/** The lists (property paths such as {@code phones}) that were sent a field outside their rows. */
	static final String OUT_OF_RANGE = ListRows.class.getName() + ".OUT_OF_RANGE";

	/** An index in a property path: {@code [...]}, whatever is inside. */
	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

	private static final Pattern ROW = Pattern.compile("\\d{1,9}");

	/** A language tag, the key of a coded list entry's names ({@code names[en]}). */
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<String> lists = new LinkedHashSet<>();
		for (String name : request.getParameterMap().keySet()) {
			String list = listOutOfRange(name);
			if (list != null) {
				lists.add(list);
			}
		}
		if (lists.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(OUT_OF_RANGE, Set.copyOf(lists));
		chain.doFilter(new RowsOnly(request), response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/tmf-api/");
	}

	/**
	 * The list a field belongs to when its name has an index outside the rows a form may have
	 * ({@code phones} for {@code phones[300].number}); null when every index in the name is a row.
	 */
	static @Nullable String listOutOfRange(String name) {
		Matcher index = INDEX.matcher(name);
		while (index.find()) {
			String row = index.group(1);
			if (name.substring(0, index.start()).endsWith("names") && LANGUAGE.matcher(row).matches()) {
				continue;
			}
			if (!ROW.matcher(row).matches() || Integer.parseInt(row) >= MAX_ROWS) {
				String list = name.substring(0, index.start());
				// checkbox markers (_field, !field) name the same list
				return list.startsWith("_") || list.startsWith("!") ? list.substring(1) : list;
			}
		}
		return null;
	}

	/** The request without the fields whose index is not a row of a form. */
	static final class RowsOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		RowsOnly(HttpServletRequest request) {
			super(request);
			request.getParameterMap().forEach((name, values) -> {
				if (listOutOfRange(name) == null) {
					parameters.put(name, values);
				}
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
