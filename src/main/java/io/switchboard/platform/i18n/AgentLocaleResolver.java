package io.switchboard.platform.i18n;

import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.platform.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The agent's language: the one chosen in this session ({@code ?lang=ru} or the switcher), else the
 * one the agent chose last time (remembered per agent), else the browser's Accept-Language, else
 * English. Choosing a language while logged in remembers it for the agent.
 */
class AgentLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = AgentLocaleResolver.class.getName() + ".LOCALE";

	private final ObjectProvider<LanguagePreferences> preferences;
	private final SupportedLanguages languages;

	AgentLocaleResolver(ObjectProvider<LanguagePreferences> preferences, SupportedLanguages languages) {
		this.preferences = preferences;
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Optional<ActorPrincipal> principal = CurrentActor.principal();
		if (principal.isPresent() && principal.get().language() != null) {
			return languages.of(principal.get().language().toLanguageTag());
		}
		String accept = request.getHeader("Accept-Language");
		if (accept != null && !accept.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), languages.all());
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException malformed) {
				// a malformed header is the browser's problem, not the agent's: fall back to English
			}
		}
		return SupportedLanguages.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = languages.of(locale == null ? null : locale.toLanguageTag());
		request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
		CurrentActor.principal()
			.filter(p -> p.actor().agentId() != null)
			.ifPresent(p -> preferences.ifAvailable(store -> store.remember(p.actor().agentId(), chosen)));
	}
}
