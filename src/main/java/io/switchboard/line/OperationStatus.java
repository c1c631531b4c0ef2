package io.switchboard.line;

/** How a network operation on a line ended (shown in the SOC history). */
public enum OperationStatus {
	COMPLETED, PENDING, FAILED
}
