package io.switchboard.customer;

public enum ContractType {
	CONSUMER, BUSINESS, GOVERNMENT
}
