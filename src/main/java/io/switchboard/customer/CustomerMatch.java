package io.switchboard.customer;

import java.util.UUID;

/** A search hit: which customer, and the field and value that matched (shown in the results). */
public record CustomerMatch(UUID customerId, MatchedField field, String value) {

	/** The identifier kinds search knows; the line module's kinds are among them. */
	public enum MatchedField {
		NAME, CUSTOMER_NUMBER, ACCOUNT_NUMBER, CONTRACT_NUMBER, EMAIL, TAX_ID, CONTACT_PHONE, MDN, ICCID, EQUIPMENT_ID
	}
}
