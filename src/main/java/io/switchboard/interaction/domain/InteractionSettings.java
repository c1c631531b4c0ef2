package io.switchboard.interaction.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.interaction.*}: {@code tries-per-call} wrong tries of one way of verifying the caller
 * (the care PIN; date of birth and document) lock that way for the rest of the call. Across calls the
 * customer's PIN locks too ({@code switchboard.customer.care-pin.*}).
 */
@ConfigurationProperties("switchboard.interaction")
record InteractionSettings(@DefaultValue("3") int triesPerCall) {

	InteractionSettings {
		if (triesPerCall < 1) {
			throw new IllegalArgumentException("switchboard.interaction.tries-per-call must be at least 1");
		}
	}
}
