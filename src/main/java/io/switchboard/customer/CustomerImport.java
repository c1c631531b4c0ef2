package io.switchboard.customer;

import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes customers in bulk, with everything they own in this module, for the demo operator, the
 * large-dataset loader and migrations from another care system. Joins the caller's transaction;
 * values are expected valid (the generator and migration tools check them).
 */
public interface CustomerImport {

	void importCustomers(List<NewCustomer> customers);

	/**
	 * Gives customers their care PIN, given in clear (4 to 8 digits) and hashed here: a migration brings
	 * what the old system knew, the demo gives its well-known customers a PIN the README names.
	 */
	void importCarePins(List<NewCarePin> pins);

	long count();

	record NewCustomer(UUID id, String customerNumber, CustomerType type, CustomerStatus status, UUID partnerId,
			UUID signingAgentId, String firstName, String middleName, String lastName, String organisationName,
			LocalDate dateOfBirth, String taxId, TaxIdType taxIdType, String preferredLanguage, Instant createdAt,
			String createdBy, List<NewDocument> documents, List<NewContact> contacts, List<NewRelatedParty> relatedParties,
			List<NewAccount> accounts, List<NewFlashNote> flashNotes) {
	}

	record NewDocument(UUID id, String documentType, String series, String number, String issuer, LocalDate issuedOn) {
	}

	/** A phone ({@code phoneE164}), an e-mail, or a postal address, depending on {@code type}. */
	record NewContact(UUID id, ContactMediumType type, ContactPurpose purpose, boolean preferred, String phoneE164,
			String email, String street, String city, String region, String postcode, String country) {
	}

	/** {@code relatedCustomerId}: the party is itself this customer (its own details then identify it). */
	record NewRelatedParty(UUID id, PartyRole role, String name, String phoneE164, String email,
			UUID relatedCustomerId) {

		public NewRelatedParty(UUID id, PartyRole role, String name, String phoneE164, String email) {
			this(id, role, name, phoneE164, email, null);
		}
	}

	record NewAccount(UUID id, String accountNumber, String contractNumber, ContractType contractType,
			LocalDate contractDate, String branch, PaymentType paymentType, Integer billCycleDay, AccountStatus status,
			Money balance, UUID primaryPartyId) {
	}

	record NewCarePin(UUID customerId, String pin, Instant setAt, String setBy) {

		@Override
		public String toString() {
			return "NewCarePin[" + customerId + "]";
		}
	}

	record NewFlashNote(UUID id, String body, Severity severity, UUID authorAgentId, String authorName,
			Instant createdAt, Instant expiresAt) {
	}
}
