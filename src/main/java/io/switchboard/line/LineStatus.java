package io.switchboard.line;

/** PENDING: ordered, not yet on the network; SUSPENDED: held (lost phone, non-payment); CANCELLED: gone. */
public enum LineStatus {
	PENDING, ACTIVE, SUSPENDED, CANCELLED
}
