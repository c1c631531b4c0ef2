package io.switchboard.demo;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the demo operator is generated on first start ({@code switchboard.demo.*}).
 *
 * @param enabled generate the demo operator when the database holds no partner
 * @param seed the seed every generated value derives from: the same seed gives the same customers,
 *        numbers and surrogate keys on every installation
 * @param customers how many generated customers, besides the three well-known ones
 * @param anchor the day the generated history leads up to (customer since, line activations, the
 *        current bill period); empty means today, so the demo's balances are always current. Fix it
 *        to reproduce a dataset byte for byte on another day.
 */
@ConfigurationProperties("switchboard.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("20261122") long seed,
		@DefaultValue("2000") int customers, LocalDate anchor) {

	public DemoSettings {
		if (customers < 0) {
			throw new IllegalArgumentException("switchboard.demo.customers must not be negative: " + customers);
		}
	}
}
