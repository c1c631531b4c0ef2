package io.switchboard.customer;

/** INN: Russian taxpayer number (checked by its check digits); EIN: US employer identification number. */
public enum TaxIdType {
	INN, EIN
}
