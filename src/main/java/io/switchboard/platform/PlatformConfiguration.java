package io.switchboard.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock everything asks for the time: injected, so tests can move it. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("io.switchboard")
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
