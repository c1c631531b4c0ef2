package io.switchboard.platform.tmf;

import io.switchboard.platform.security.ApiSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute {@code href}s of API resources, always from the configured public address
 * ({@code switchboard.api.public-url}), never from the request: a client's {@code Host} or
 * {@code X-Forwarded-Host} header must not end up in the links other clients and subscribers follow.
 * Only the demo runs without one ({@link PublicUrl}), with {@code http://localhost:<port>}.
 */
@Component
public class TmfLinks {

	private final String publicUrl;
	private final Environment environment;

	TmfLinks(ApiSettings settings, Environment environment) {
		this.publicUrl = settings.publicUrl();
		this.environment = environment;
	}

	public String base() {
		if (!publicUrl.isEmpty()) {
			return publicUrl;
		}
		return "http://localhost:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080"));
	}

	/** {@code base/tmf-api/{apiPath}/{resource}/{id}}, e.g. {@code .../troubleTicket/v4/troubleTicket/T-000123}. */
	public String href(String apiPath, String resource, String id) {
		return base() + "/tmf-api/" + apiPath + "/" + resource + "/" + id;
	}
}
