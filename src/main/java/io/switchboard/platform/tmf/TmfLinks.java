package io.switchboard.platform.tmf;

import io.switchboard.platform.security.ApiSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute {@code href}s of API resources: from the request's own address when there is one
 * (honouring forwarded headers if {@code server.forward-headers-strategy} is set), otherwise from
 * {@code switchboard.api.public-url} (events are sent outside any request).
 */
@Component
public class TmfLinks {

	private final ApiSettings settings;
	private final Environment environment;

	TmfLinks(ApiSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	public String base() {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		if (!settings.publicUrl().isEmpty()) {
			return settings.publicUrl();
		}
		return "http://localhost:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080"));
	}

	/** {@code base/tmf-api/{apiPath}/{resource}/{id}}, e.g. {@code .../troubleTicket/v4/troubleTicket/T-000123}. */
	public String href(String apiPath, String resource, String id) {
		return base() + "/tmf-api/" + apiPath + "/" + resource + "/" + id;
	}
}
