package io.switchboard.platform.tmf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How TMF hub events reach their subscribers ({@code switchboard.api.hub.*}).
 *
 * @param allowPrivateCallbacks accept callbacks on loopback, private-use, shared and unique-local
 *     addresses, for subscribers inside the operator's network (see {@link CallbackAddresses})
 * @param connectTimeout how long to wait for a subscriber's connection (and TLS handshake)
 * @param readTimeout how long to wait for each read of the subscriber's answer
 * @param deliveryTimeout the most one attempt may take from connecting to the answer, however the
 *     subscriber drips it: then the attempt is cut off and counts as failed
 * @param firstRetry the wait before the second attempt; it doubles with every failure (with jitter)
 * @param maxRetryInterval the longest wait between two attempts
 * @param deadLetterAfter how long after the event an undelivered delivery is given up and put on the
 *     dead-letter list, where an administrator can replay it
 * @param pollInterval how often each node looks for retries that are due and for deliveries a stopped
 *     node left behind (new events are sent at once, without waiting for the poll)
 * @param threads how many subscribers one node sends to at the same time
 * @param keepDelivered how long delivered deliveries are kept before they are deleted
 */
@ConfigurationProperties("switchboard.api.hub")
record HubSettings(@DefaultValue("false") boolean allowPrivateCallbacks, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout, @DefaultValue("10s") Duration deliveryTimeout,
		@DefaultValue("2s") Duration firstRetry, @DefaultValue("10m") Duration maxRetryInterval,
		@DefaultValue("24h") Duration deadLetterAfter, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("4") int threads, @DefaultValue("7d") Duration keepDelivered) {

	HubSettings {
		if (threads < 1) {
			throw new IllegalArgumentException("switchboard.api.hub.threads must be at least 1, not " + threads);
		}
		for (Duration d : new Duration[] { connectTimeout, readTimeout, deliveryTimeout, firstRetry, maxRetryInterval,
				deadLetterAfter, pollInterval }) {
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException("switchboard.api.hub.* durations must be positive, not " + d);
			}
		}
	}

	/** How long a node owns a delivery it took: longer than any attempt can last, so no other node sends it too. */
	Duration lease() {
		return deliveryTimeout.plus(connectTimeout).plusMinutes(1);
	}
}
