package io.switchboard.customer.domain;

import io.switchboard.customer.TaxIdType;
import java.time.LocalDate;
import java.util.List;

/**
 * An agent's edit of a customer's profile, already validated: the new names, identification and
 * contact media, in full (what is not listed is removed).
 */
record ProfileChange(String firstName, String middleName, String lastName, String organisationName,
		LocalDate dateOfBirth, String taxId, TaxIdType taxIdType, String preferredLanguage,
		List<ContactMedium> contactMedia, List<IdentityDocument> documents) {
}
