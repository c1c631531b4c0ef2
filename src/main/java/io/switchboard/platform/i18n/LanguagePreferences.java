package io.switchboard.platform.i18n;

import java.util.Locale;
import java.util.UUID;

/** Remembers the language an agent chose, so the next login opens in it. Implemented by the agent module. */
public interface LanguagePreferences {

	void remember(UUID agentId, Locale language);
}
