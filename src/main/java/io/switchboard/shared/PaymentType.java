package io.switchboard.shared;

/** Whether the customer pays in advance (prepaid balance) or is billed afterwards (postpaid). */
public enum PaymentType {
	PREPAID, POSTPAID
}
