package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The defaults are those of production behind a TLS-terminating proxy; only the demo profile, which runs
 * over plain http on the developer's machine, relaxes them.
 */
class ProductionDefaultsTests {

	@Test
	void behindTheProxyTheSessionCookieIsSecureAndTheForwardedHeadersAreRead() throws IOException {
		PropertySource<?> production = yaml("application.yaml");
		assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
		assertThat(production.getProperty("server.servlet.session.cookie.http-only")).isEqualTo(true);
		assertThat(production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
	}

	@Test
	void onlyTheDemoSendsTheSessionCookieOverPlainHttp() throws IOException {
		assertThat(yaml("application-demo.yaml").getProperty("server.servlet.session.cookie.secure")).isEqualTo(false);
		assertThat(yaml("application-postgres.yaml").getProperty("server.servlet.session.cookie.secure")).isNull();
	}

	private static PropertySource<?> yaml(String name) throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
		return sources.getFirst();
	}
}
