package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.security.ApiSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

/**
 * A node serving the TMF APIs needs {@code switchboard.api.public-url} outside the demo: without it (or
 * with an address that is not one) it refuses to start, and says what to set.
 */
class PublicUrlTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ApiSettings.class)
	static class Settings {
	}

	final WebApplicationContextRunner node = new WebApplicationContextRunner()
		.withUserConfiguration(Settings.class, PublicUrl.class);

	@Test
	void aNodeWithoutAPublicUrlRefusesToStartOutsideTheDemo() {
		node.withPropertyValues("spring.profiles.active=postgres").run(app -> assertThat(app).hasFailed().getFailure().rootCause()
			.isInstanceOf(PublicUrl.Missing.class)
			.hasMessageContaining("switchboard.api.public-url is required"));
	}

	@Test
	void theDemoStartsWithoutOneAndAnyNodeWithOne() {
		node.withPropertyValues("spring.profiles.active=demo").run(app -> assertThat(app).hasNotFailed());
		node.withPropertyValues("switchboard.api.public-url=https://care.example.com/")
			.run(app -> assertThat(app).hasNotFailed());
	}

	@Test
	void anAddressThatIsNotOneIsRefusedEvenInTheDemo() {
		for (String wrong : new String[] { "care.example.com", "ftp://care.example.com", "https://care.example.com/?a=b",
				"https://user@care.example.com" }) {
			node.withPropertyValues("spring.profiles.active=demo", "switchboard.api.public-url=" + wrong)
				.run(app -> assertThat(app).hasFailed().getFailure().rootCause().isInstanceOf(PublicUrl.Missing.class)
					.hasMessageContaining(wrong));
		}
	}

	@Test
	void theFailureSaysWhatToSet() {
		FailureAnalysis missing = new PublicUrlFailureAnalyzer().analyze(new IllegalStateException(new PublicUrl.Missing(null)));
		assertThat(missing.getDescription()).contains("switchboard.api.public-url is not set")
			.contains("Host header");
		assertThat(missing.getAction()).contains("SWITCHBOARD_API_PUBLIC_URL").contains("https://care.example.com");
		FailureAnalysis wrong = new PublicUrlFailureAnalyzer().analyze(new PublicUrl.Missing("care.example.com"));
		assertThat(wrong.getDescription()).contains("'care.example.com'");
		// Spring Boot finds the analyser where it looks for them, as it does when a start fails
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
			.and(Environment.class, new StandardEnvironment());
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, arguments))
			.hasAtLeastOneElementOfType(PublicUrlFailureAnalyzer.class);
	}
}
