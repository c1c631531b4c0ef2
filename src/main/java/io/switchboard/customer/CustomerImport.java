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

	record NewRelatedParty(UUID id, PartyRole role, String name, String phoneE164, String email) {
	}

	record NewAccount(UUID id, String accountNumber, String contractNumber, ContractType contractType,
			LocalDate contractDate, String branch, PaymentType paymentType, Integer billCycleDay, AccountStatus status,
			Money balance, UUID primaryPartyId) {
	}

	record NewFlashNote(UUID id, String body, Severity severity, UUID authorAgentId, String authorName,
			Instant createdAt, Instant expiresAt) {
	}
}
