package io.switchboard.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The language switcher's links: the page the agent is on, with {@code lang} set, so switching keeps
 * the search query or the open customer. Set as the request attribute {@code languageLinks} before
 * the handler runs, so error pages have them too.
 */
class LanguageLinks implements HandlerInterceptor {

	static final String ATTRIBUTE = "languageLinks";

	private final SupportedLanguages languages;

	LanguageLinks(SupportedLanguages languages) {
		this.languages = languages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : languages.all()) {
			links.put(language.getLanguage(), ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", language.getLanguage())
				.build()
				.toUriString());
		}
		request.setAttribute(ATTRIBUTE, links);
		return true;
	}
}
