package io.switchboard.fuzz;

import io.switchboard.support.RawHttp;
import io.switchboard.fuzz.Endpoints.Endpoint;
import io.switchboard.fuzz.Endpoints.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a request to an endpoint that is plausible everywhere except in one kind of way: the fuzzer's
 * bad input. Path variables get values that exist (a customer, a ticket, a line of the fuzzer's own),
 * fields get values of their type, a JSON body starts from a real resource; then the {@link Kind}
 * spoils it. Every choice comes from the {@link Dice}, so a seed reproduces the request exactly.
 */
final class BadInput {

	/** The kinds of bad input, each tried on every endpoint. */
	enum Kind {
		WRONG_TYPES, LIST_INDEXES, INVALID_UTF8, CONTROL_CHARACTERS, OVER_LONG, MISSING_FIELDS, BAD_JSON,
		WRONG_METHOD, WRONG_MEDIA_TYPE, ODD_PATH
	}

	/** Where the choices come from: a seeded {@link java.util.Random}, or a fuzzer's data. */
	interface Dice {

		/** A number from 0 to {@code bound - 1}. */
		int roll(int bound);

		default <T> T pick(List<T> from) {
			return from.get(roll(from.size()));
		}

		default boolean flip() {
			return roll(2) == 0;
		}
	}

	static final List<String> WRONG_VALUES = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "", " ",
			"true", "null", "2020-13-45", "ZZZ", "0x10", "NaN", "-0", "1e309", "[]", "{}", "undefined", "%25", "+");

	static final List<String> ODD_INDEXES = List.of("300", "-1", "2147483648", "99999999999", "", "abc", "1e3",
			"0x1", " 1", "100", "256", "-2147483649");

	/** Percent-encodings that are not UTF-8: a broken pair, a lone or half escape, overlong forms, a surrogate. */
	static final List<String> INVALID_UTF8 = List.of("%C3%28", "%", "%zz", "%C0%AF", "%ED%A0%80", "%F8%88%80%80%80",
			"%FF", "%E2%82", "a%", "%%", "%C3", "%F0%28%8C%28");

	static final List<String> CONTROL_CHARACTERS = List.of("%00", "%01", "%07", "%08", "%0A", "%0D", "%0D%0A", "%1B",
			"%7F", "%C2%85", "%E2%80%8F", "%E2%80%AE", "%EF%BB%BF", "%09");

	static final List<Integer> LENGTHS = List.of(101, 256, 2_001, 4_001, 10_001, 70_000);

	static final List<String> ODD_PATH_VALUES = List.of("%2e%2e", "..", "%2F", "%00", "-1", "0",
			"99999999999999999999", "%D0%96%D0%B0%D0%BD%D0%BD%D0%B0", "%C3%28", "'%20or%201=1%20--", "%3Cscript%3E",
			"T-", "I-999999999999", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "%20", "x;jsessionid=1",
			"%25", "~", "null", "x".repeat(300));

	static final List<String> TMF_QUERY = List.of("fields", "offset", "limit", "sort", "status", "name", "id",
			"creationDate.gte", "creationDate.lt", "lastUpdate.gt", "relatedParty.id", "relatedParty.role", "priority",
			"ticketType", "channel.name", "direction", "interactionDate.startDateTime.gte", "@type", "href",
			"status.x.y.z", "creationDate>");

	static final List<String> BROKEN_JSON = List.of("{", "[", "}", "null", "\"x\"", "1", "{\"a\":}", "{\"a\" 1}",
			"{'a': 1}", "{\"a\": 1,}", "[".repeat(5_000), "{\"a\":".repeat(3_000), "{\"a\": 1e99999}",
			"{\"a\": -}", "\uFEFF{}", "{\"a\":\"\\uD800\"}", "{\"a\": \"\\x\"}", "nul", "");

	static final List<String> MEDIA_TYPES = List.of("text/plain", "application/xml", "multipart/form-data",
			"multipart/form-data; boundary=x", "application/json", "application/x-www-form-urlencoded",
			"application/merge-patch+json", "garbage", "application/json; charset=klingon", ";;;",
			"application/x-www-form-urlencoded; charset=UTF-16", "*/*", "text/html; q=abc");

	static final List<String> ACCEPTS = List.of("application/xml", "image/png", "*/*;q=abc", "text/html",
			"application/json", "", "application/problem+json");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final List<HttpMethod> ALL_METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.HEAD);

	private final Map<String, List<String>> pathValues;
	private final Map<String, JsonNode> samples;
	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param pathValues good values of path variables, by {@code segment.variable} (as in
	 * {@code customers.number}) or by the variable's name alone
	 * @param samples a real JSON resource per API collection pattern, to spoil
	 */
	BadInput(Map<String, List<String>> pathValues, Map<String, JsonNode> samples) {
		this.pathValues = pathValues;
		this.samples = samples;
	}

	/** The request to send: every header but the credentials, which depend on who sends it. */
	RawHttp.Request request(Endpoint endpoint, Kind kind, Dice dice) {
		HttpMethod method = dice.pick(List.copyOf(endpoint.methods()));
		if (kind == Kind.WRONG_METHOD) {
			List<HttpMethod> others = ALL_METHODS.stream().filter(m -> !endpoint.methods().contains(m)).toList();
			method = others.isEmpty() ? method : dice.pick(others);
		}
		String path = path(endpoint.pattern(), kind == Kind.ODD_PATH, dice);
		List<String[]> fields = fields(endpoint, kind, dice);
		Map<String, String> headers = new LinkedHashMap<>();
		byte[] body = new byte[0];
		boolean json = endpoint.jsonBody() != null && method != HttpMethod.GET;
		boolean formInBody = !json && (method == HttpMethod.POST || method == HttpMethod.PUT
				|| method == HttpMethod.PATCH) && (endpoint.api() ? dice.roll(4) == 0 : dice.roll(5) != 0);
		String query = encode(fields);
		if (json) {
			body = jsonBody(endpoint, kind, dice);
			headers.put("Content-Type", endpoint.consumes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: dice.pick(endpoint.consumes()).toString());
		}
		else if (formInBody) {
			body = query.getBytes(StandardCharsets.ISO_8859_1);
			query = "";
			headers.put("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		}
		if (kind == Kind.WRONG_MEDIA_TYPE) {
			headers.put("Content-Type", dice.pick(MEDIA_TYPES));
			if (dice.flip()) {
				headers.put("Accept", dice.pick(ACCEPTS));
			}
			if (body.length == 0 && dice.flip()) {
				body = "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
			}
		}
		if (!endpoint.api() && dice.roll(3) == 0) {
			headers.put("HX-Request", "true");
		}
		String target = query.isEmpty() ? path : path + "?" + query;
		return new RawHttp.Request(method.name(), target, headers, body);
	}

	private String path(String pattern, boolean odd, Dice dice) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		boolean spoiled = false;
		while (variable.find()) {
			String name = variable.group(1);
			String before = pattern.substring(0, variable.start());
			String segment = before.replaceAll(".*/([^/]+)/$", "$1");
			List<String> good = pathValues.getOrDefault(segment + "." + name, pathValues.getOrDefault(name, List.of("x")));
			String value = URLEncoder.encode(dice.pick(good), StandardCharsets.UTF_8);
			if (odd && (!spoiled || dice.flip())) {
				value = dice.pick(ODD_PATH_VALUES);
				spoiled = true;
			}
			variable.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variable.appendTail(path);
		if (odd && !spoiled) {
			path.append(dice.flip() ? "/" + dice.pick(ODD_PATH_VALUES) : dice.pick(ODD_PATH_VALUES));
		}
		return path.toString();
	}

	/** Name and value, both already percent-encoded as they go on the wire. */
	private List<String[]> fields(Endpoint endpoint, Kind kind, Dice dice) {
		List<String[]> fields = new ArrayList<>();
		for (Field field : endpoint.fields()) {
			fields.add(new String[] { enc(field.name()), enc(field.goodValue()) });
		}
		if (endpoint.api() && endpoint.jsonBody() == null) {
			for (int i = dice.roll(3); i > 0; i--) {
				fields.add(new String[] { enc(dice.pick(TMF_QUERY)), enc(dice.pick(List.of("OPEN", "1", "x", "100001",
						"2026-01-01", "name,status", "-creationDate"))) });
			}
		}
		if (fields.isEmpty()) {
			fields.add(new String[] { enc(endpoint.api() ? dice.pick(TMF_QUERY) : "q"), "x" });
		}
		switch (kind) {
			case WRONG_TYPES -> spoil(fields, dice, f -> f[1] = enc(dice.pick(WRONG_VALUES)));
			case LIST_INDEXES -> {
				List<String[]> rows = fields.stream().filter(f -> f[0].contains("%5B0%5D")).toList();
				String index = enc("[" + dice.pick(ODD_INDEXES) + "]");
				if (!rows.isEmpty() && dice.roll(4) != 0) {
					String[] row = dice.pick(rows);
					fields.add(new String[] { row[0].replaceFirst("%5B0%5D", Matcher.quoteReplacement(index)), "1" });
				}
				else {
					String[] any = dice.pick(fields);
					fields.add(new String[] { any[0] + index + (dice.flip() ? ".x" : ""), "1" });
				}
			}
			case INVALID_UTF8 -> spoil(fields, dice, f -> {
				if (dice.roll(4) == 0) {
					f[0] = f[0] + dice.pick(INVALID_UTF8);
				}
				else {
					f[1] = f[1] + dice.pick(INVALID_UTF8);
				}
			});
			case CONTROL_CHARACTERS -> spoil(fields, dice, f -> f[1] = f[1] + dice.pick(CONTROL_CHARACTERS) + "x");
			case OVER_LONG -> spoil(fields, dice, f -> f[1] = enc(dice.pick(List.of("x", "Ж", "1", "a "))
				.repeat(dice.pick(LENGTHS))));
			case MISSING_FIELDS -> {
				if (dice.flip()) {
					fields.clear();
				}
				else {
					fields.remove(dice.roll(fields.size()));
				}
			}
			default -> {
			}
		}
		return fields;
	}

	private static void spoil(List<String[]> fields, Dice dice, java.util.function.Consumer<String[]> how) {
		how.accept(dice.pick(fields));
		for (String[] field : fields) {
			if (dice.roll(4) == 0) {
				how.accept(field);
			}
		}
	}

	private byte[] jsonBody(Endpoint endpoint, Kind kind, Dice dice) {
		String collection = endpoint.pattern().replaceAll("/\\{[^}]+}$", "");
		JsonNode sample = samples.getOrDefault(collection, samples.getOrDefault(endpoint.pattern(),
				JsonNodeFactory.instance.objectNode()));
		ObjectNode body = sample.isObject() ? (ObjectNode) sample.deepCopy() : JsonNodeFactory.instance.objectNode();
		List<String> names = new ArrayList<>(body.propertyNames());
		switch (kind) {
			case BAD_JSON -> {
				return dice.pick(BROKEN_JSON).getBytes(StandardCharsets.UTF_8);
			}
			case INVALID_UTF8 -> {
				byte[] text = body.toString().getBytes(StandardCharsets.UTF_8);
				byte[] broken = new byte[text.length + 2];
				System.arraycopy(text, 0, broken, 0, text.length);
				int at = Math.max(0, text.length - 2 - dice.roll(Math.max(1, text.length / 2)));
				System.arraycopy(text, at, broken, at + 2, text.length - at);
				broken[at] = (byte) 0xC3;
				broken[at + 1] = (byte) 0x28;
				return broken;
			}
			case WRONG_TYPES, LIST_INDEXES -> {
				for (String name : names.isEmpty() ? List.of("name") : names) {
					if (names.isEmpty() || dice.roll(3) == 0) {
						body.set(name, wrongNode(dice));
					}
				}
			}
			case CONTROL_CHARACTERS -> names.forEach(name -> {
				if (body.get(name).isString()) {
					body.put(name, body.get(name).asString() + "\u0000\u001b\u202e\n");
				}
			});
			case OVER_LONG -> {
				for (String name : names.isEmpty() ? List.of("name", "description") : names) {
					if (names.isEmpty() || dice.flip()) {
						body.put(name, "x".repeat(dice.pick(LENGTHS)));
					}
				}
			}
			case MISSING_FIELDS -> {
				if (dice.flip()) {
					body.removeAll();
				}
				else if (!names.isEmpty()) {
					body.remove(dice.pick(names));
				}
			}
			default -> {
			}
		}
		return json.writeValueAsBytes(body);
	}

	private JsonNode wrongNode(Dice dice) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return switch (dice.roll(8)) {
			case 0 -> nodes.numberNode(dice.roll(3) - 1);
			case 1 -> nodes.stringNode("x");
			case 2 -> nodes.nullNode();
			case 3 -> nodes.booleanNode(true);
			case 4 -> {
				ArrayNode array = nodes.arrayNode();
				for (int i = dice.pick(List.of(0, 1, 2_000)); i > 0; i--) {
					array.add(nodes.objectNode().put("id", "x").put("role", "customer"));
				}
				yield array;
			}
			case 5 -> nodes.objectNode().put("id", dice.pick(WRONG_VALUES)).put("@referredType", 1);
			case 6 -> nodes.numberNode(new java.math.BigDecimal("1e400"));
			default -> nodes.stringNode(dice.pick(WRONG_VALUES));
		};
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String encode(List<String[]> fields) {
		StringBuilder query = new StringBuilder();
		for (String[] field : fields) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(field[0]).append('=').append(field[1]);
		}
		return query.toString();
	}
}
