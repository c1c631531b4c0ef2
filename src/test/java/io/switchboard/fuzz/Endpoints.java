package io.switchboard.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application serves, read from its handler mappings, so that an endpoint added
 * later is fuzzed without this test changing: its path pattern, methods, the media types it consumes,
 * and the fields it reads (request parameters, the fields of a form record with its nested rows and
 * lists, a JSON body). The endpoints that Spring Security serves as filters (form login, the OAuth2
 * authorization server) are not handler methods; they are listed here by hand.
 */
final class Endpoints {

	/** What an endpoint reads, with a value of the right type that the fuzzer then spoils. */
	record Field(String name, Class<?> type, boolean list) {

		/** A plausible value: an enum's first constant, a date, a number, a word. */
		String goodValue() {
			if (type.isEnum()) {
				return type.getEnumConstants()[0].toString();
			}
			if (type == LocalDate.class) {
				return "1980-02-29";
			}
			if (type == UUID.class) {
				return UUID.nameUUIDFromBytes(name.getBytes()).toString();
			}
			if (type == Boolean.class || type == boolean.class) {
				return "true";
			}
			if (Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))) {
				return "1";
			}
			return "Fuzz";
		}
	}

	/**
	 * One method on one path pattern. {@code api} for the TMF APIs (bearer token, JSON), else a desk page
	 * (session, CSRF). {@code jsonBody}: the type of a {@code @RequestBody}, null when there is none.
	 */
	record Endpoint(String pattern, Set<HttpMethod> methods, List<MediaType> consumes, List<Field> fields,
			Class<?> jsonBody, boolean api) {

		String describe() {
			return methods + " " + pattern;
		}

		boolean hasLists() {
			return fields.stream().anyMatch(Field::list);
		}
	}

	/** Simple types Spring takes from the request itself, not from a parameter. */
	private static final Set<Class<?>> RESOLVED_FROM_REQUEST = Set.of(java.util.Locale.class, java.util.TimeZone.class,
			java.time.ZoneId.class);

	private Endpoints() {
	}

	static List<Endpoint> discover(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			Set<HttpMethod> methods = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
			if (methods.isEmpty()) {
				methods.addAll(List.of(HttpMethod.GET, HttpMethod.POST));
			}
			List<MediaType> consumes = List.copyOf(info.getConsumesCondition().getConsumableMediaTypes());
			List<Field> fields = new ArrayList<>();
			Class<?> jsonBody = null;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(PathVariable.class)) {
					continue;
				}
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					jsonBody = parameter.getParameterType();
					continue;
				}
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				Class<?> type = parameter.getParameterType();
				if (param != null) {
					if (!Map.class.isAssignableFrom(type)) {
						String name = param.name().isEmpty() ? param.value() : param.name();
						fields.add(new Field(name.isEmpty() ? parameterName(parameter) : name, type, false));
					}
				}
				else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
						|| !type.getPackageName().startsWith("io.switchboard.shared"))) {
					formFields("", type, fields, 0);
				}
				else if (BeanUtils.isSimpleValueType(type) && !RESOLVED_FROM_REQUEST.contains(type)
						&& parameterName(parameter) != null) {
					fields.add(new Field(parameterName(parameter), type, false));
				}
			}
			boolean api = false;
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					// the container's error page: it shows the error of a request that failed, and a request
					// of its own has none (Spring Boot answers it with 500 by design)
					continue;
				}
				api = pattern.startsWith("/tmf-api/");
				endpoints.add(new Endpoint(pattern, methods, consumes, fields, jsonBody, api));
			}
		}
		endpoints.addAll(servedBySecurity());
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.methods().toString()));
		return endpoints;
	}

	/** Form login and the OAuth2 authorization server's endpoints (filters, not handler methods). */
	static List<Endpoint> servedBySecurity() {
		List<MediaType> form = List.of(MediaType.APPLICATION_FORM_URLENCODED);
		return List.of(
				new Endpoint("/login", Set.of(HttpMethod.POST), form,
						List.of(new Field("username", String.class, false), new Field("password", String.class, false)),
						null, false),
				new Endpoint("/oauth2/token", Set.of(HttpMethod.POST), form,
						List.of(new Field("grant_type", String.class, false), new Field("scope", String.class, false)),
						null, false),
				new Endpoint("/oauth2/authorize", Set.of(HttpMethod.GET), List.of(),
						List.of(new Field("response_type", String.class, false),
								new Field("client_id", String.class, false), new Field("state", String.class, false)),
						null, false),
				new Endpoint("/oauth2/jwks", Set.of(HttpMethod.GET), List.of(), List.of(), null, false),
				new Endpoint("/oauth2/introspect", Set.of(HttpMethod.POST), form,
						List.of(new Field("token", String.class, false)), null, false),
				new Endpoint("/oauth2/revoke", Set.of(HttpMethod.POST), form,
						List.of(new Field("token", String.class, false)), null, false),
				new Endpoint("/.well-known/oauth-authorization-server", Set.of(HttpMethod.GET), List.of(), List.of(),
						null, false));
	}

	/** The fields of a form record, as the binder names them: {@code passport.issuedOn}, {@code phones[0].number}. */
	private static void formFields(String prefix, Class<?> record, Collection<Field> fields, int depth) {
		if (depth > 3) {
			return;
		}
		for (RecordComponent component : record.getRecordComponents()) {
			Class<?> type = component.getType();
			String name = prefix + component.getName();
			if (List.class.isAssignableFrom(type)) {
				Class<?> element = elementType(component.getGenericType());
				if (element != null && element.isRecord()) {
					List<Field> row = new ArrayList<>();
					formFields(name + "[0].", element, row, depth + 1);
					row.forEach(f -> fields.add(new Field(f.name(), f.type(), true)));
				}
				else {
					fields.add(new Field(name + "[0]", element == null ? String.class : element, true));
				}
			}
			else if (type.isRecord()) {
				formFields(name + ".", type, fields, depth + 1);
			}
			else {
				fields.add(new Field(name, type, false));
			}
		}
	}

	private static Class<?> elementType(Type type) {
		if (type instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

	private static String parameterName(MethodParameter parameter) {
		parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		return parameter.getParameterName();
	}
}
