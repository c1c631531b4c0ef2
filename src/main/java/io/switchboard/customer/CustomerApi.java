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

	/** Records that the actor opened the customer: recently opened list and audit trail. */
	void opened(UUID customerId, Actor actor);

	/** The actor's recently opened customers, newest first, still within its scope. */
	List<CustomerSummary> recentlyOpened(Actor actor, int limit);
}
