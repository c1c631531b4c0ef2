package io.switchboard.customer;

/** PROSPECT: signed up, nothing active yet; SUSPENDED: all service held (e.g. fraud, non-payment). */
public enum CustomerStatus {
	PROSPECT, ACTIVE, SUSPENDED, CLOSED
}
