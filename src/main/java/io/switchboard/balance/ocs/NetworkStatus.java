package io.switchboard.balance.ocs;

import java.util.Arrays;

/** Where the line stands in the network right now, as the OCS sees it. */
public enum NetworkStatus {

	/** Registered in the network: calls and data go through. */
	ATTACHED,
	/** Known and allowed, but the handset is not registered now (switched off, out of coverage). */
	DETACHED,
	/** Barred by the network (a suspended line). */
	BARRED,
	/** Not provisioned in the network (not yet activated, or deprovisioned). */
	NOT_PROVISIONED,
	/** The OCS said something this desk does not know. */
	UNKNOWN;

	static NetworkStatus of(String text) {
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text == null ? "" : text.strip()))
			.findFirst()
			.orElse(UNKNOWN);
	}
}
