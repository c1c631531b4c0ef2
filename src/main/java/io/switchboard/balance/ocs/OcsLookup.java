package io.switchboard.balance.ocs;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.ocs.OcsView.Outcome;
import io.switchboard.line.LineSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Asks the OCS about a line for the "View OCS CSR" panel, and when it cannot answer, says so and falls
 * back on the stored balances. The caller has checked the actor may see the line.
 */
@Service
public class OcsLookup {

	private static final Logger log = LoggerFactory.getLogger(OcsLookup.class);

	private final OnlineChargingSystem ocs;
	private final BalanceApi balances;
	private final OcsSettings settings;

	OcsLookup(OnlineChargingSystem ocs, BalanceApi balances, OcsSettings settings) {
		this.ocs = ocs;
		this.balances = balances;
		this.settings = settings;
	}

	/** Whether the OCS serves this carrier's lines (the page offers "View OCS CSR" only then). */
	public boolean serves(String carrier) {
		return settings.serves(carrier);
	}

	public boolean simulated() {
		return ocs.simulated();
	}

	public OcsView live(LineSummary line) {
		if (!serves(line.carrier())) {
			return new OcsView(simulated(), Outcome.NOT_SERVED, null, null, null);
		}
		if (line.mdn() == null || line.mdn().isBlank()) {
			return new OcsView(simulated(), Outcome.NO_NUMBER, null, null, null);
		}
		try {
			return ocs.read(new OcsQuery(line.id(), line.mdn(), line.status()))
				.map(reading -> new OcsView(simulated(), Outcome.ANSWERED, null, reading, null))
				.orElseGet(() -> new OcsView(simulated(), Outcome.UNKNOWN_LINE, null, null, null));
		}
		catch (OcsUnavailable unavailable) {
			log.warn("OCS did not answer for line {}: {}", line.id(), unavailable.reason());
			return new OcsView(simulated(), Outcome.UNAVAILABLE, unavailable.reason(), null,
					balances.balances(line.id()));
		}
	}
}
