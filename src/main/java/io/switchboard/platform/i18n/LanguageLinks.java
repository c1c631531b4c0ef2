package io.switchboard.platform.i18n;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The language switcher's links: the page the agent is on, with {@code lang} set, so switching keeps
 * the search query or the open customer.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : SupportedLanguages.ALL) {
			links.put(language.getLanguage(), ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("lang", language.getLanguage())
				.build()
				.toUriString());
		}
		return links;
	}
}
