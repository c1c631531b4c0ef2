package io.switchboard.line;

/** Where a feature (SOC) on a line stands in the network. */
public enum FeatureStatus {
	ACTIVE, PENDING_ACTIVATION, PENDING_REMOVAL, REMOVED, FAILED
}
