package io.switchboard.customer.domain;

import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.PartyRole;
import io.switchboard.customer.TaxIdType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The customer's profile as the profile panel and the edit form read it; identity numbers masked. */
public record ProfileView(CustomerHeader header, String firstName, String middleName, String lastName,
		String organisationName, String taxId, TaxIdType taxIdType, List<Contact> phones, List<Contact> emails,
		List<Contact> addresses, List<Document> documents, List<Party> relatedParties) {

	public record Contact(ContactMediumType type, ContactPurpose purpose, boolean preferred, String phone, String email,
			String street, String city, String region, String postcode, String country) {
	}

	/** An identity document; {@code maskedNumber} shows only its last two characters. */
	public record Document(UUID id, String type, boolean hasSeries, String maskedNumber, String issuer,
			LocalDate issuedOn) {
	}

	public record Party(PartyRole role, String name, String phone, String email) {
	}

	/** A revealed document: what the agent asked to read out, after the reveal was audited. */
	public record RevealedDocument(UUID id, String series, String number) {
	}
}
