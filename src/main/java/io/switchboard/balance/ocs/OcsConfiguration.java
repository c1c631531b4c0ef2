package io.switchboard.balance.ocs;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.switchboard.balance.BalanceApi;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the OCS adapter: {@code switchboard.ocs.adapter=simulated} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class OcsConfiguration {

	static final String BREAKER = "ocs";

	@Bean
	@ConditionalOnProperty(prefix = "switchboard.ocs", name = "adapter", havingValue = "simulated", matchIfMissing = true)
	OnlineChargingSystem simulatedOcs(BalanceApi balances, Clock clock) {
		return new SimulatedOcs(balances, clock);
	}

	@Bean
	@ConditionalOnProperty(prefix = "switchboard.ocs", name = "adapter", havingValue = "http")
	OnlineChargingSystem httpOcs(OcsSettings settings, CircuitBreakerRegistry breakers, Clock clock) {
		return HttpOcs.of(settings.http(), breakers.circuitBreaker(BREAKER), clock);
	}
}
