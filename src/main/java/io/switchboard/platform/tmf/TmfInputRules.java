package io.switchboard.platform.tmf;

import java.util.HashMap;
import java.util.Map;

/**
 * The attributes of one API's bodies that have a limit of their own, by path without list positions
 * ({@code name}, {@code note.text}): the length Switchboard keeps of the value (the desk's limit for the
 * same thing), and whether it is a long text that may hold tabs and line breaks. The rest of a body is
 * held to {@link TmfLimits}.
 */
public final class TmfInputRules {

	/** A limit of one attribute. */
	public record Rule(int maxLength, boolean multiline) {
	}

	private final Map<String, Rule> rules;

	private TmfInputRules(Map<String, Rule> rules) {
		this.rules = Map.copyOf(rules);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The attribute's rule, or null when the general limits apply. */
	Rule rule(String path) {
		return rules.get(path);
	}

	/** The declared limits, for the documentation and the tests. */
	public Map<String, Rule> rules() {
		return rules;
	}

	public static final class Builder {

		private final Map<String, Rule> rules = new HashMap<>();

		/** A one-line text of at most {@code max} characters: no control characters at all. */
		public Builder text(String path, int max) {
			rules.put(path, new Rule(max, false));
			return this;
		}

		/** A long text of at most {@code max} characters: tab, line feed and carriage return allowed. */
		public Builder longText(String path, int max) {
			rules.put(path, new Rule(max, true));
			return this;
		}

		public TmfInputRules build() {
			return new TmfInputRules(rules);
		}
	}
}
