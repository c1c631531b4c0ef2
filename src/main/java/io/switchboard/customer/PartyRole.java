package io.switchboard.customer;

/** A related party's role toward the customer: who may act on the account, and who receives the bills. */
public enum PartyRole {
	PRIMARY, AUTHORISED_USER, BILLING_CONTACT
}
