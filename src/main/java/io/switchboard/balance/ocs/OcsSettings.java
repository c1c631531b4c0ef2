package io.switchboard.balance.ocs;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.ocs.*}: which OCS adapter to use ({@code simulated} or {@code http}), which
 * carriers' lines the OCS serves, and for the http adapter where the OCS is and how long to wait for it.
 * <p>
 * "View OCS CSR" appears only for a line whose carrier is enabled on the OCS. A carrier is enabled by
 * naming it in {@code carriers} (as the line's carrier reads, case and surrounding spaces ignored);
 * nothing is enabled by default, so a carrier the operator never connected to its OCS never offers
 * it. It is configuration, not data: which carriers an OCS serves changes with a deployment (a new
 * OCS connection), not while agents work, and lines name their carrier as free text, with no carrier
 * list to hang a per-carrier flag on.
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
		carriers = carriers == null ? List.of()
				: carriers.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
	}

	/** Whether the OCS serves lines of this carrier: only when it is named in {@code carriers}. */
	public boolean serves(String carrier) {
		return carrier != null && carriers.stream().anyMatch(c -> c.equalsIgnoreCase(carrier.strip()));
	}

	/** {@code switchboard.ocs.http.*}: the OCS's base URL and the connect and read timeouts. */
	public record Http(URI baseUrl, @DefaultValue("1s") Duration connectTimeout,
			@DefaultValue("2s") Duration readTimeout) {
	}
}
