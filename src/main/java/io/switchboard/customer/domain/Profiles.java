package io.switchboard.customer.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.CustomerProfileChanged;
import io.switchboard.customer.SecretKind;
import io.switchboard.customer.SecretReveals;
import io.switchboard.customer.TaxIdType;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and editing a customer's profile. An edit is refused with {@link ChangedBySomeoneElse} when the
 * customer changed since the agent opened the form (checked against the form's version, and again by
 * the database at commit), so two agents never silently overwrite each other. A saved edit is audited
 * field by field and announced as {@link CustomerProfileChanged}.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

	static final String CHANGED = "CUSTOMER_CHANGED_BY_SOMEONE_ELSE";

	private final Customers customers;
	private final CustomerRepository repository;
	private final NameIndex names;
	private final AuditApi audit;
	private final ApplicationEventPublisher events;
	private final SecretReveals reveals;
	private final Clock clock;

	Profiles(Customers customers, CustomerRepository repository, NameIndex names, AuditApi audit,
			ApplicationEventPublisher events, SecretReveals reveals, Clock clock) {
		this.customers = customers;
		this.reveals = reveals;
		this.repository = repository;
		this.names = names;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public ProfileView profile(String customerNumber, PartnerScope scope) {
		Customer c = customers.visible(customerNumber, scope);
		List<ProfileView.Contact> contacts = c.contactMedia().stream()
			.map(m -> new ProfileView.Contact(m.type(), m.purpose(), m.preferred(), m.phoneNumber(), m.email(), m.street(),
					m.city(), m.region(), m.postcode(), m.country()))
			.toList();
		return new ProfileView(c.header(), c.firstName(), c.middleName(), c.lastName(), c.organisationName(), c.taxId(),
				c.taxIdType(), of(contacts, ContactMediumType.PHONE), of(contacts, ContactMediumType.EMAIL),
				of(contacts, ContactMediumType.POSTAL),
				c.documents().stream()
					.map(d -> new ProfileView.Document(d.id(), d.documentType(), d.series() != null, d.maskedNumber(),
							d.issuer(), d.issuedOn()))
					.toList(),
				c.relatedParties().stream()
					.map(p -> new ProfileView.Party(p.role(), p.name(), p.phoneNumber(), p.email()))
					.toList());
	}

	private static List<ProfileView.Contact> of(List<ProfileView.Contact> all, ContactMediumType type) {
		return all.stream().filter(c -> c.type() == type).toList();
	}

	/**
	 * Reads out an identity document in full, once the caller is verified as the customer's partner asks
	 * ({@link SecretReveals}, which records the reveal on the call), leaving an audit entry first. Refused
	 * with {@link io.switchboard.customer.RevealRefused} otherwise, with nothing written.
	 */
	@Transactional
	public ProfileView.RevealedDocument revealDocument(String customerNumber, UUID documentId, Actor actor) {
		Customer c = customers.visible(customerNumber, actor.scope());
		IdentityDocument document = c.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("DOCUMENT_NOT_FOUND", documentId));
		reveals.allow(c.id(), SecretKind.IDENTITY_DOCUMENT, document.documentType(), document.maskedNumber(), actor);
		audit.record(actor, "CUSTOMER_DOCUMENT_REVEALED", new AuditSubject("CUSTOMER", c.customerNumber()), c.id(),
				List.of(new Change("document", document.auditName(), null)));
		return new ProfileView.RevealedDocument(document.id(), document.series(), document.number());
	}

	/**
	 * Saves an agent's edit of the profile made from {@code expectedVersion}. Returns the names of the
	 * fields that changed (empty when the form changed nothing, in which case nothing is written).
	 */
	@Transactional
	public List<String> change(String customerNumber, long expectedVersion, Edit edit, Actor actor) {
		Customer c = customers.visible(customerNumber, actor.scope());
		if (c.version() != expectedVersion) {
			throw new ChangedBySomeoneElse(CHANGED, c.updatedBy(), c.updatedAt(), c.version());
		}
		Instant now = clock.instant();
		Map<String, String[]> changes = c.changeProfile(toChange(c, edit), actor.username(), now);
		if (changes.isEmpty()) {
			return List.of();
		}
		try {
			repository.saveAndFlush(c);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			Customer current = repository.findById(c.id()).orElseThrow();
			throw new ChangedBySomeoneElse(CHANGED, current.updatedBy(), current.updatedAt(), current.version());
		}
		if (changes.keySet().stream().anyMatch(f -> f.endsWith("Name"))) {
			names.reindex(c.id(), c.nameText());
		}
		audit.record(actor, "CUSTOMER_PROFILE_CHANGED", new AuditSubject("CUSTOMER", c.customerNumber()), c.id(),
				changes.entrySet().stream().map(e -> new Change(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
		List<String> fields = List.copyOf(changes.keySet());
		events.publishEvent(new CustomerProfileChanged(c.id(), c.customerNumber(), fields, actor.username()));
		return fields;
	}

	private static ProfileChange toChange(Customer c, Edit edit) {
		List<ContactMedium> media = new ArrayList<>();
		int position = 0;
		for (Edit.Phone phone : edit.phones()) {
			media.add(ContactMedium.phone(Ids.next(), phone.e164(), phone.purpose(), phone.preferred(), position++));
		}
		for (Edit.Email email : edit.emails()) {
			media.add(ContactMedium.email(Ids.next(), email.address(), email.purpose(), email.preferred(), position++));
		}
		for (Edit.Address a : edit.addresses()) {
			media.add(ContactMedium.postal(Ids.next(), a.street(), a.city(), a.region(), a.postcode(), a.country(),
					a.purpose(), a.preferred(), position++));
		}
		List<IdentityDocument> documents = new ArrayList<>();
		IdentityDocument existing = c.documents().stream().filter(d -> "PASSPORT".equals(d.documentType())).findFirst()
			.orElse(null);
		if (edit.passport() != null) {
			Edit.Passport p = edit.passport();
			// the agent never sees the stored series and number in the form: left blank, they are kept
			boolean keepStored = p.number() == null && existing != null;
			String number = keepStored ? existing.number() : p.number();
			String series = keepStored && p.series() == null ? existing.series() : p.series();
			if (number != null) {
				documents.add(new IdentityDocument(Ids.next(), "PASSPORT", series, number, p.issuer(), p.issuedOn(), 0));
			}
		}
		int next = documents.size();
		for (IdentityDocument other : c.documents()) {
			if (!"PASSPORT".equals(other.documentType())) {
				documents.add(new IdentityDocument(Ids.next(), other.documentType(), other.series(), other.number(),
						other.issuer(), other.issuedOn(), next++));
			}
		}
		return new ProfileChange(edit.firstName(), edit.middleName(), edit.lastName(), edit.organisationName(),
				edit.dateOfBirth(), edit.taxId(), edit.taxIdType(), edit.preferredLanguage(), media, documents);
	}

	/**
	 * A validated profile edit. Contact lists are complete (what is missing is removed). A passport
	 * whose {@code number} is null keeps the stored number and, unless a new one is given, the stored
	 * series (agents never see them in the form); a null {@code passport} removes it.
	 */
	public record Edit(String firstName, String middleName, String lastName, String organisationName,
			LocalDate dateOfBirth, String taxId, TaxIdType taxIdType, String preferredLanguage, List<Phone> phones,
			List<Email> emails, List<Address> addresses, Passport passport) {

		public record Phone(String e164, ContactPurpose purpose, boolean preferred) {
		}

		public record Email(String address, ContactPurpose purpose, boolean preferred) {
		}

		public record Address(String street, String city, String region, String postcode, String country,
				ContactPurpose purpose, boolean preferred) {
		}

		public record Passport(String series, String number, String issuer, LocalDate issuedOn) {
		}
	}
}
