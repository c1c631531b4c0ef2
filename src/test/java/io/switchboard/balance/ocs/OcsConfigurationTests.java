package io.switchboard.balance.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.switchboard.balance.BalanceApi;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code switchboard.ocs.adapter} chooses the OCS: the simulator unless told otherwise, or the http adapter. */
class OcsConfigurationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OcsSettings.class)
	static class Settings {
	}

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, OcsConfiguration.class)
		.withBean(BalanceApi.class, () -> mock(BalanceApi.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(CircuitBreakerRegistry.class, CircuitBreakerRegistry::ofDefaults);

	@Test
	void theSimulatorIsTheDefault() {
		context.run(app -> {
			assertThat(app).hasSingleBean(OnlineChargingSystem.class);
			assertThat(app.getBean(OnlineChargingSystem.class)).isInstanceOf(SimulatedOcs.class);
			assertThat(app.getBean(OnlineChargingSystem.class).simulated()).isTrue();
		});
	}

	@Test
	void theHttpAdapterIsChosenWithItsAddress() {
		context.withPropertyValues("switchboard.ocs.adapter=http",
				"switchboard.ocs.http.base-url=https://ocs.example.net/csr/v1", "switchboard.ocs.http.read-timeout=750ms")
			.run(app -> {
				assertThat(app.getBean(OnlineChargingSystem.class)).isInstanceOf(HttpOcs.class);
				assertThat(app.getBean(OnlineChargingSystem.class).simulated()).isFalse();
				assertThat(app.getBean(OcsSettings.class).http().readTimeout()).hasMillis(750);
			});
	}

	@Test
	void theHttpAdapterWithoutAnAddressRefusesToStartAndSaysWhy() {
		context.withPropertyValues("switchboard.ocs.adapter=http")
			.run(app -> assertThat(app).hasFailed().getFailure().rootCause()
				.hasMessageContaining("switchboard.ocs.http.base-url is required"));
	}

	@Test
	void anAdapterNobodyKnowsRefusesToStartAndSaysWhy() {
		context.withPropertyValues("switchboard.ocs.adapter=fusion")
			.run(app -> assertThat(app).hasFailed().getFailure().rootCause()
				.hasMessageContaining("switchboard.ocs.adapter must be 'simulated' or 'http'"));
	}

	@Test
	void theCarriersTheOcsServesCanBeNamed() {
		context.withPropertyValues("switchboard.ocs.carriers=T-Mobile, AT&T").run(app -> {
			OcsSettings settings = app.getBean(OcsSettings.class);
			assertThat(settings.serves("t-mobile")).isTrue();
			assertThat(settings.serves(" AT&T ")).isTrue();
			assertThat(settings.serves("Verizon")).as("a carrier not enabled").isFalse();
			assertThat(settings.serves(null)).isFalse();
		});
	}

	@Test
	void withoutNamedCarriersTheOcsServesNone() {
		context.run(app -> {
			OcsSettings settings = app.getBean(OcsSettings.class);
			assertThat(settings.carriers()).isEmpty();
			assertThat(settings.serves("Verizon")).as("the default is no carrier, not every carrier").isFalse();
			assertThat(settings.serves("Switchboard Mobile")).isFalse();
		});
		context.withPropertyValues("switchboard.ocs.carriers=").run(app -> assertThat(app.getBean(OcsSettings.class)
			.serves("")).as("an empty entry enables nothing").isFalse());
	}
}
