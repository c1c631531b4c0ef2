package io.switchboard.customer.domain;

import io.switchboard.audit.AuditValues;
import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.ContactPurpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A way to reach the customer: a phone number (E.164), an e-mail address, or a postal address. */
@Entity
@Table(name = "customer_contact_medium")
class ContactMedium {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ContactMediumType mediumType;

	@Enumerated(EnumType.STRING)
	private ContactPurpose purpose;

	private boolean preferred;

	private String phoneNumber;

	private String email;

	private String emailKey;

	private String street;

	private String city;

	private String region;

	private String postcode;

	private String country;

	private int position;

	protected ContactMedium() {
	}

	private ContactMedium(UUID id, ContactMediumType type, ContactPurpose purpose, boolean preferred, int position) {
		this.id = id;
		this.mediumType = type;
		this.purpose = purpose;
		this.preferred = preferred;
		this.position = position;
	}

	static ContactMedium phone(UUID id, String e164, ContactPurpose purpose, boolean preferred, int position) {
		ContactMedium medium = new ContactMedium(id, ContactMediumType.PHONE, purpose, preferred, position);
		medium.phoneNumber = e164;
		return medium;
	}

	static ContactMedium email(UUID id, String address, ContactPurpose purpose, boolean preferred, int position) {
		ContactMedium medium = new ContactMedium(id, ContactMediumType.EMAIL, purpose, preferred, position);
		medium.email = address;
		medium.emailKey = address.toLowerCase(Locale.ROOT);
		return medium;
	}

	static ContactMedium postal(UUID id, String street, String city, String region, String postcode, String country,
			ContactPurpose purpose, boolean preferred, int position) {
		ContactMedium medium = new ContactMedium(id, ContactMediumType.POSTAL, purpose, preferred, position);
		medium.street = street;
		medium.city = city;
		medium.region = region;
		medium.postcode = postcode;
		medium.country = country;
		return medium;
	}

	ContactMediumType type() {
		return mediumType;
	}

	ContactPurpose purpose() {
		return purpose;
	}

	boolean preferred() {
		return preferred;
	}

	String phoneNumber() {
		return phoneNumber;
	}

	String email() {
		return email;
	}

	String street() {
		return street;
	}

	String city() {
		return city;
	}

	String region() {
		return region;
	}

	String postcode() {
		return postcode;
	}

	String country() {
		return country;
	}

	int position() {
		return position;
	}

	/** One line for the audit trail: the value, then its purpose and whether it is preferred, as terms. */
	String auditText() {
		String value = switch (mediumType) {
			case PHONE -> phoneNumber;
			case EMAIL -> email;
			case POSTAL -> Stream.of(street, city, region, postcode, country).filter(Objects::nonNull)
				.filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
		};
		return AuditValues.text(value) + " (" + AuditValues.term("contactPurpose." + purpose)
				+ (preferred ? ", " + AuditValues.term("audit.term.preferred") : "") + ")";
	}
}
