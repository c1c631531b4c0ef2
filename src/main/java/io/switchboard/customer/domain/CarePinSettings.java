package io.switchboard.customer.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.customer.care-pin.*}: after {@code lock-after} wrong PINs in a row (on one call or
 * across calls) the customer's PIN check is locked for {@code lock-for}. Each call also allows only a few
 * tries of its own ({@code switchboard.interaction.tries-per-call}).
 */
@ConfigurationProperties("switchboard.customer.care-pin")
record CarePinSettings(@DefaultValue("5") int lockAfter, @DefaultValue("30m") Duration lockFor) {

	CarePinSettings {
		if (lockAfter < 1) {
			throw new IllegalArgumentException("switchboard.customer.care-pin.lock-after must be at least 1");
		}
		if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
			throw new IllegalArgumentException("switchboard.customer.care-pin.lock-for must be a positive duration");
		}
	}
}
