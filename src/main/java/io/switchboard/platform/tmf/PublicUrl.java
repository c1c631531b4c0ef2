package io.switchboard.platform.tmf;

import io.switchboard.platform.security.ApiSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A node that serves the TMF APIs must know the address integrators reach it at
 * ({@code switchboard.api.public-url}): every {@code href}, {@code Location} and event names it, and
 * taking it from the request's {@code Host} header would let any client put its own host into them.
 * Outside the {@code demo} profile the application refuses to start without it (explained by
 * {@link PublicUrlFailureAnalyzer}); the demo falls back to {@code http://localhost:<port>}.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicUrl implements InitializingBean {

	private final String configured;
	private final boolean demo;

	PublicUrl(ApiSettings settings, Environment environment) {
		this.configured = settings.publicUrl();
		this.demo = environment.matchesProfiles("demo");
	}

	@Override
	public void afterPropertiesSet() {
		check(configured, demo);
	}

	/** Refuses a missing public URL outside the demo, and one that is not an absolute http(s) base address. */
	static void check(String publicUrl, boolean demo) {
		if (publicUrl == null || publicUrl.isBlank()) {
			if (!demo) {
				throw new Missing(null);
			}
			return;
		}
		try {
			URI uri = new URI(publicUrl);
			if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null
					|| uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				throw new Missing(publicUrl);
			}
		}
		catch (URISyntaxException e) {
			throw new Missing(publicUrl);
		}
	}

	/** The public URL is not set (given is null) or is not usable. */
	static final class Missing extends IllegalStateException {

		private final String given;

		Missing(String given) {
			super(given == null ? "switchboard.api.public-url is required outside the demo profile"
					: "switchboard.api.public-url is not an absolute http(s) URL: " + given);
			this.given = given;
		}

		String given() {
			return given;
		}
	}
}
