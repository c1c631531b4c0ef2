package io.switchboard.platform.tmf;

import io.switchboard.platform.tmf.TmfCondition.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * A list or read request's TMF630 parameters: {@code fields} (the first-level attributes to return),
 * {@code offset} and {@code limit}, {@code sort} ({@code -lastUpdate,name}) and attribute filters.
 */
public record TmfQuery(Set<String> fields, int offset, int limit, List<Sort> sort, List<TmfCondition> conditions) {

	public static final int DEFAULT_LIMIT = 100;
	public static final int MAX_LIMIT = 1000;

	private static final Set<String> RESERVED = Set.of("fields", "offset", "limit", "sort");
	private static final Map<String, Operator> SUFFIXES = Map.of(".gt", Operator.GT, ".gte", Operator.GTE, ".lt",
			Operator.LT, ".lte", Operator.LTE, ".eq", Operator.EQ);

	public record Sort(String attribute, boolean descending) {
	}

	public TmfQuery {
		fields = Set.copyOf(fields);
		sort = List.copyOf(sort);
		conditions = List.copyOf(conditions);
	}

	public static TmfQuery parse(MultiValueMap<String, String> parameters) {
		Set<String> fields = new LinkedHashSet<>();
		for (String value : parameters.getOrDefault("fields", List.of())) {
			Arrays.stream(value.split(",")).map(String::strip).filter(f -> !f.isEmpty()).forEach(fields::add);
		}
		int offset = number(parameters.getFirst("offset"), "offset", 0, Integer.MAX_VALUE, 0);
		int limit = number(parameters.getFirst("limit"), "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
		List<Sort> sort = new ArrayList<>();
		for (String value : parameters.getOrDefault("sort", List.of())) {
			for (String item : value.split(",")) {
				String attribute = item.strip();
				if (attribute.isEmpty()) {
					continue;
				}
				boolean descending = attribute.startsWith("-");
				attribute = attribute.replaceFirst("^[-+]", "");
				sort.add(new Sort(attribute, descending));
			}
		}
		List<TmfCondition> conditions = new ArrayList<>();
		parameters.forEach((key, values) -> {
			if (!RESERVED.contains(key)) {
				for (String value : values) {
					conditions.add(condition(key, value));
				}
			}
		});
		return new TmfQuery(fields, offset, limit, sort, conditions);
	}

	/** Reads one key=value pair; {@code a>=x} arrives as the key {@code a>} and {@code a>x} as a bare key. */
	private static TmfCondition condition(String key, String value) {
		String attribute = key;
		Operator operator = Operator.EQ;
		String raw = value == null ? "" : value;
		if (attribute.endsWith(">") || attribute.endsWith("<")) {
			operator = attribute.endsWith(">") ? Operator.GTE : Operator.LTE;
			attribute = attribute.substring(0, attribute.length() - 1);
		}
		else if (raw.isEmpty() && (attribute.contains(">") || attribute.contains("<"))) {
			int at = Math.max(attribute.indexOf('>'), attribute.indexOf('<'));
			operator = attribute.charAt(at) == '>' ? Operator.GT : Operator.LT;
			raw = attribute.substring(at + 1);
			attribute = attribute.substring(0, at);
		}
		else {
			for (Map.Entry<String, Operator> suffix : SUFFIXES.entrySet()) {
				if (attribute.endsWith(suffix.getKey())) {
					operator = suffix.getValue();
					attribute = attribute.substring(0, attribute.length() - suffix.getKey().length());
					break;
				}
			}
		}
		List<String> values = operator == Operator.EQ
				? Arrays.stream(raw.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList() : List.of(raw.strip());
		if (attribute.isBlank() || values.isEmpty() || values.getFirst().isEmpty()) {
			throw TmfException.badRequest("INVALID_FILTER", "The filter '" + key + "' has no value.");
		}
		return new TmfCondition(attribute, operator, values);
	}

	private static int number(String value, String name, int min, int max, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n < min || n > max) {
				throw TmfException.badRequest("INVALID_" + name.toUpperCase(),
						"'" + name + "' must be between " + min + " and " + max + ".");
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw TmfException.badRequest("INVALID_" + name.toUpperCase(), "'" + name + "' must be a whole number.");
		}
	}
}
