package io.switchboard.customer;

public enum CustomerType {
	INDIVIDUAL, ORGANISATION
}
