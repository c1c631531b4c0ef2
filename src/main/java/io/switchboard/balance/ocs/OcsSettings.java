package io.switchboard.balance.ocs;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.ocs.*}: which OCS adapter to use ({@code simulated} or {@code http}), which
 * carriers' lines the OCS serves (the "View OCS CSR" button shows only for those; empty: every
 * carrier), and for the http adapter where the OCS is and how long to wait for it.
 */
@ConfigurationProperties("switchboard.ocs")
public record OcsSettings(@DefaultValue("simulated") String adapter, @DefaultValue List<String> carriers,
		@DefaultValue Http http) {

	public OcsSettings {
		adapter = adapter == null ? "simulated" : adapter.strip().toLowerCase(Locale.ROOT);
		if (!adapter.equals("simulated") && !adapter.equals("http")) {
			throw new IllegalArgumentException(
					"switchboard.ocs.adapter must be 'simulated' or 'http', not '" + adapter + "'");
		}
		carriers = carriers == null ? List.of() : List.copyOf(carriers);
	}

	/** Whether the OCS serves lines of this carrier. */
	public boolean serves(String carrier) {
		return carriers.isEmpty() || (carrier != null && carriers.stream().anyMatch(c -> c.equalsIgnoreCase(carrier)));
	}

	/** {@code switchboard.ocs.http.*}: the OCS's base URL and the connect and read timeouts. */
	public record Http(URI baseUrl, @DefaultValue("1s") Duration connectTimeout,
			@DefaultValue("2s") Duration readTimeout) {
	}
}
