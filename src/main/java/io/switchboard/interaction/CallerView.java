package io.switchboard.interaction;

import io.switchboard.customer.PartyRole;
import java.util.UUID;

/**
 * Who is on the other end of an interaction: the customer itself ({@code partyId} and {@code role} null),
 * or one of the customer's related parties, with its role (an authorised user, a billing contact, the
 * organisation's primary party). {@code name} is as it was when the agent named the caller.
 */
public record CallerView(UUID partyId, String name, PartyRole role) {

	public boolean isCustomer() {
		return partyId == null;
	}
}
