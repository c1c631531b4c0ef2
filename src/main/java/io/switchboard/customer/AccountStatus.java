package io.switchboard.customer;

public enum AccountStatus {
	ACTIVE, SUSPENDED, COLLECTIONS, CLOSED
}
