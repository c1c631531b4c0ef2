package io.switchboard.customer;

import java.util.UUID;

/**
 * Someone with a role toward the customer: its primary party (who acts for an organisation, or for an
 * account), an authorised user, a billing contact. {@code relatedCustomerId} links a party that is itself a
 * customer, whose own date of birth and documents then identify it.
 */
public record RelatedPartyView(UUID id, PartyRole role, String name, String phone, String email,
		UUID relatedCustomerId) {

	/** Whether the party can prove who it is with its own details, not only with the customer's care PIN. */
	public boolean hasOwnDetails() {
		return relatedCustomerId != null;
	}
}
