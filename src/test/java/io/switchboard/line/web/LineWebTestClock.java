package io.switchboard.line.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The web slices' clock: 22 November 2026, 10:00 UTC. */
@TestConfiguration(proxyBeanMethods = false)
class LineWebTestClock {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}
}
