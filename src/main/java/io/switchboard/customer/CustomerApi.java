package io.switchboard.customer;

import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads customers within a partner scope. A customer outside the scope is not found, exactly like
 * one that does not exist.
 */
public interface CustomerApi {

	/** The customer with this number, or {@code NotFoundException} (CUSTOMER_NOT_FOUND). */
	CustomerHeader get(String customerNumber, PartnerScope scope);

	Optional<CustomerHeader> findById(UUID customerId, PartnerScope scope);

	/** Summaries of the customers among {@code ids} that the scope allows, keyed by id. */
	Map<UUID, CustomerSummary> summaries(Collection<UUID> ids, PartnerScope scope);

	List<BillingAccountView> accounts(UUID customerId);

	Optional<BillingAccountView> account(UUID billingAccountId);

	/** FLASH notes that have not expired, most severe and newest first. */
	List<FlashNoteView> flashNotes(UUID customerId);

	/** The customer's related parties (primary party, authorised users, billing contacts), in their order. */
	List<RelatedPartyView> relatedParties(UUID customerId);

	/**
	 * Whether one of the customer's identity documents ends with these 4 digits: how a caller proves who
	 * they are without the care PIN. Answers only yes or no, never the document; how the numbers are stored
	 * (in clear, encrypted, or as their last digits) stays this module's business.
	 */
	boolean identityDocumentEndsWith(UUID customerId, String last4);

	/** Whether the customer has an identity document on file (a caller can then be asked its last digits). */
	boolean hasIdentityDocument(UUID customerId);

	/** Whether the customer's date of birth is this one (false when none is on file). */
	boolean dateOfBirthIs(UUID customerId, java.time.LocalDate dateOfBirth);

	/**
	 * Whether the party is the primary party of the billing account: the customer itself ({@code partyId}
	 * null) when the account names no other, or the related party the account names. False for an account
	 * of another customer.
	 */
	boolean isPrimaryParty(UUID billingAccountId, UUID customerId, UUID partyId);

	/** Records that the actor opened the customer: recently opened list and audit trail. */
	void opened(UUID customerId, Actor actor);

	/** The actor's recently opened customers, newest first, still within its scope. */
	List<CustomerSummary> recentlyOpened(Actor actor, int limit);
}
