package io.switchboard.balance.ocs;

import io.switchboard.line.LineStatus;
import java.util.Objects;
import java.util.UUID;

/** Which line to ask the OCS about: its number (E.164) and, for the simulator, its status here. */
public record OcsQuery(UUID lineId, String msisdn, LineStatus lineStatus) {

	public OcsQuery {
		Objects.requireNonNull(lineId, "lineId");
		Objects.requireNonNull(msisdn, "msisdn");
	}

	/** The number as the OCS keys it: E.164 digits without the plus. */
	public String digits() {
		return msisdn.startsWith("+") ? msisdn.substring(1) : msisdn;
	}
}
