package io.switchboard.ticket;

/** How urgent a ticket is; with the category it sets the due time (the category's SLA hours). */
public enum Priority {
	CRITICAL, HIGH, MEDIUM, LOW
}
