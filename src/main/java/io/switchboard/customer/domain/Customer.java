package io.switchboard.customer.domain;

import io.switchboard.audit.AuditValues;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.TaxIdType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A customer of the operator: a person or an organisation, signed up through a partner (the operator
 * itself, an MVNO or a reseller), possibly by a named agent. Owns its identification, contact media
 * and related parties; billing accounts and FLASH notes hang off it. An agent edits the profile as a
 * whole: the edit carries the version it was made from, and is refused when someone else saved in
 * between, so nobody's change is silently lost. Every saved edit leaves its before and after in the
 * audit trail.
 */
@Entity
@Table(name = "customer")
class Customer {

	@Id
	private UUID id;

	private String customerNumber;

	@Enumerated(EnumType.STRING)
	private CustomerType customerType;

	@Enumerated(EnumType.STRING)
	private CustomerStatus status;

	private UUID partnerId;

	private UUID signingAgentId;

	private String firstName;

	private String middleName;

	private String lastName;

	private String organisationName;

	private LocalDate dateOfBirth;

	private String taxId;

	@Enumerated(EnumType.STRING)
	private TaxIdType taxIdType;

	private String preferredLanguage;

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "customer_id", nullable = false)
	@OrderBy("position")
	private List<ContactMedium> contactMedia = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "customer_id", nullable = false)
	@OrderBy("position")
	private List<IdentityDocument> documents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "customer_id", nullable = false)
	@OrderBy("position")
	private List<RelatedParty> relatedParties = new ArrayList<>();

	protected Customer() {
	}

	/**
	 * Applies an agent's edit of the profile. The caller has checked the version; the values have been
	 * validated. Returns what changed, field by field (empty: nothing to save).
	 */
	Map<String, String[]> changeProfile(ProfileChange change, String actor, Instant at) {
		Map<String, String> before = snapshot();
		if (customerType == CustomerType.INDIVIDUAL) {
			firstName = change.firstName();
			middleName = change.middleName();
			lastName = change.lastName();
			dateOfBirth = change.dateOfBirth();
		}
		else {
			organisationName = change.organisationName();
		}
		taxId = change.taxId();
		taxIdType = change.taxId() == null ? null : change.taxIdType();
		preferredLanguage = change.preferredLanguage();
		replace(contactMedia, change.contactMedia());
		replace(documents, change.documents());
		Map<String, String> after = snapshot();
		Map<String, String[]> changes = new LinkedHashMap<>();
		before.forEach((field, old) -> {
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.put(field, new String[] { old, now });
			}
		});
		if (!changes.isEmpty()) {
			updatedAt = at;
			updatedBy = actor;
		}
		return changes;
	}

	private static <T> void replace(List<T> current, List<T> replacement) {
		current.clear();
		current.addAll(replacement);
	}

	/** The profile as text, field by field, for the before/after of the audit trail. Secrets masked. */
	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("firstName", firstName);
		fields.put("middleName", middleName);
		fields.put("lastName", lastName);
		fields.put("organisationName", organisationName);
		fields.put("dateOfBirth", AuditValues.day(dateOfBirth));
		fields.put("taxId", taxId == null ? null : AuditValues.term("taxIdType." + taxIdType) + " " + taxId);
		fields.put("preferredLanguage",
				preferredLanguage == null ? null : AuditValues.term("customerLanguage." + preferredLanguage));
		fields.put("phones", joined(contactMedia.stream().filter(m -> m.type().name().equals("PHONE"))
			.map(ContactMedium::auditText)));
		fields.put("emails", joined(contactMedia.stream().filter(m -> m.type().name().equals("EMAIL"))
			.map(ContactMedium::auditText)));
		fields.put("addresses", joined(contactMedia.stream().filter(m -> m.type().name().equals("POSTAL"))
			.map(ContactMedium::auditText)));
		fields.put("identification", joined(documents.stream().map(IdentityDocument::auditText)));
		return fields;
	}

	private static String joined(Stream<String> values) {
		String text = values.collect(Collectors.joining("; "));
		return text.isEmpty() ? null : text;
	}

	/** The words name search finds this customer by. */
	List<String> nameText() {
		return Stream.of(firstName, middleName, lastName, organisationName).filter(Objects::nonNull).toList();
	}

	/**
	 * How agents read the name: "Jane Q. Doe"; Russian names surname first, as they are written in
	 * Russian documents ("Иванов Иван Петрович"); an organisation by its name.
	 */
	String displayName() {
		return displayName(customerType, firstName, middleName, lastName, organisationName);
	}

	static String displayName(CustomerType type, String first, String middle, String last, String organisation) {
		if (type == CustomerType.ORGANISATION) {
			return organisation;
		}
		boolean cyrillic = last != null && last.codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
		Stream<String> parts = cyrillic ? Stream.of(last, first, middle) : Stream.of(first, middle, last);
		return parts.filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
	}

	CustomerHeader header() {
		return new CustomerHeader(id, customerNumber, customerType, status, displayName(), partnerId, signingAgentId,
				dateOfBirth, preferredLanguage, createdAt, updatedAt, updatedBy, version);
	}

	CustomerSummary summary() {
		return new CustomerSummary(id, customerNumber, displayName(), customerType, status, partnerId);
	}

	UUID id() {
		return id;
	}

	String customerNumber() {
		return customerNumber;
	}

	CustomerType type() {
		return customerType;
	}

	UUID partnerId() {
		return partnerId;
	}

	long version() {
		return version;
	}

	String firstName() {
		return firstName;
	}

	String middleName() {
		return middleName;
	}

	String lastName() {
		return lastName;
	}

	String organisationName() {
		return organisationName;
	}

	LocalDate dateOfBirth() {
		return dateOfBirth;
	}

	String taxId() {
		return taxId;
	}

	TaxIdType taxIdType() {
		return taxIdType;
	}

	String preferredLanguage() {
		return preferredLanguage;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	List<ContactMedium> contactMedia() {
		return List.copyOf(contactMedia);
	}

	List<IdentityDocument> documents() {
		return List.copyOf(documents);
	}

	List<RelatedParty> relatedParties() {
		return List.copyOf(relatedParties);
	}
}
