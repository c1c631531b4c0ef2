package io.switchboard.interaction;

import java.util.Locale;

/**
 * One entry of the administered list of wrap-up codes ("Resolved on first contact", ...), in the
 * version it was read at.
 */
public record WrapUpCodeView(String code, String nameEn, String nameRu, boolean active, int position, long version) {

	public WrapUpCodeView(String code, String nameEn, String nameRu, boolean active, int position) {
		this(code, nameEn, nameRu, active, position, 0);
	}

	/** The name in the agent's language (English unless Russian). */
	public String name(Locale locale) {
		return locale != null && "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
	}
}
