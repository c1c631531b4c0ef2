package io.switchboard.platform.tmf;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * What a TMF API request may hold ({@code switchboard.api.limits.*}), checked before anything is read
 * into the application or kept: the body's size ({@link TmfBodyLimit}, 413), then, in every JSON body,
 * the length of each list, the length and characters of each text, the length of attribute names and
 * how deeply the body nests (400). An attribute an API models declares its own limit in its
 * {@link TmfInputRules} (the desk's limit for the same value); every other text, including what is kept
 * as given, gets {@code maxValueLength}. Each refusal names the attribute ({@code note[3].text}) and the
 * limit, with a stable code: {@code VALUE_TOO_LONG}, {@code TOO_MANY_ITEMS}, {@code INVALID_CHARACTERS},
 * {@code NESTED_TOO_DEEPLY}, {@code REQUEST_TOO_LARGE}.
 * <p>
 * Characters: as on the desk, no control characters (U+0000 to U+001F, U+007F to U+009F) in a value;
 * a long text (a description, a note, a reason) may hold tab, line feed and carriage return, as the
 * desk's text areas do. Unpaired UTF-16 surrogates are refused too: they are not text, and PostgreSQL
 * would refuse to store them.
 *
 * @param maxBodySize the largest request body, in bytes (also for chunked bodies)
 * @param maxListItems the most entries of any list in one request (notes, related parties, attachments,
 *     channels, characteristics, ...)
 * @param maxValueLength the longest text value an API does not give a limit of its own
 * @param maxDepth how deeply objects and lists may nest
 */
@ConfigurationProperties("switchboard.api.limits")
public record TmfLimits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("20") int maxListItems,
		@DefaultValue("2000") int maxValueLength, @DefaultValue("10") int maxDepth) {

	/** The longest attribute name. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Checks a request body against these limits and the API's own rules for the attributes it models. */
	public void check(JsonNode body, TmfInputRules rules) {
		walk(body, "", "", 0, rules);
	}

	private void walk(JsonNode node, String at, String key, int depth, TmfInputRules rules) {
		if (depth > maxDepth) {
			throw TmfException.badRequest("NESTED_TOO_DEEPLY",
					"'" + at + "' is nested more than " + maxDepth + " levels deep.");
		}
		if (node.isArray()) {
			if (node.size() > maxListItems) {
				throw TmfException.badRequest("TOO_MANY_ITEMS", "'" + at + "' has " + node.size()
						+ " entries; at most " + maxListItems + " are accepted in one request.");
			}
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), at + "[" + i + "]", key, depth + 1, rules);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String name = property.getKey();
				String where = at.isEmpty() ? "an attribute name" : "an attribute name in '" + at + "'";
				if (name.length() > MAX_NAME_LENGTH) {
					throw TmfException.badRequest("VALUE_TOO_LONG", "'" + name.substring(0, 20) + "...', " + where
							+ ", has " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are accepted.");
				}
				characters(where, name, false);
				walk(property.getValue(), at.isEmpty() ? name : at + "." + name, key.isEmpty() ? name : key + "." + name,
						depth + 1, rules);
			}
		}
		else if (node.isString()) {
			TmfInputRules.Rule rule = rules.rule(key);
			text(at, node.asString(), rule == null ? maxValueLength : rule.maxLength(), rule != null && rule.multiline());
		}
	}

	/**
	 * Refuses a text longer than {@code max} characters, or holding characters the API does not accept (tab,
	 * line feed and carriage return are accepted in a {@code multiline} text).
	 */
	public static void text(String attribute, String value, int max, boolean multiline) {
		if (value.length() > max) {
			throw TmfException.badRequest("VALUE_TOO_LONG", "'" + attribute + "' has " + value.length()
					+ " characters; at most " + max + " are accepted.");
		}
		characters("'" + attribute + "'", value, multiline);
	}

	private static void characters(String attribute, String value, boolean multiline) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
				throw TmfException.badRequest("INVALID_CHARACTERS", attribute + " contains a control character ("
						+ codePoint(c) + ") at position " + (i + 1) + "; "
						+ (multiline ? "only tab, line feed and carriage return are accepted."
								: "control characters are not accepted here (a long text such as a description or a "
										+ "note may hold tabs and line breaks)."));
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw TmfException.badRequest("INVALID_CHARACTERS", attribute + " contains an unpaired surrogate ("
						+ codePoint(c) + ") at position " + (i + 1) + ": send valid Unicode text.");
			}
		}
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}
}
