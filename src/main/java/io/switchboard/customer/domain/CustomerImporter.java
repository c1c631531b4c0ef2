package io.switchboard.customer.domain;

import io.switchboard.customer.CustomerImport;
import io.switchboard.platform.crypto.SecretCipher;
import io.switchboard.platform.jdbc.BulkWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of customers and what they own here: one COPY (or batch) per table per call. Identity
 * document numbers are encrypted here, as the entity does.
 */
@Service
class CustomerImporter implements CustomerImport {

	private final BulkWriter bulk;
	private final CustomerRepository customers;
	private final SecretCipher cipher;
	private final PasswordEncoder encoder;

	CustomerImporter(BulkWriter bulk, CustomerRepository customers, SecretCipher cipher, PasswordEncoder encoder) {
		this.bulk = bulk;
		this.customers = customers;
		this.cipher = cipher;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void importCarePins(List<NewCarePin> pins) {
		List<Object[]> rows = new ArrayList<>(pins.size());
		for (NewCarePin pin : pins) {
			if (pin.pin() == null || !CarePins.FORMAT.matcher(pin.pin()).matches()) {
				throw new IllegalArgumentException("A care PIN is 4 to 8 digits (customer " + pin.customerId() + ")");
			}
			rows.add(new Object[] { pin.customerId(), encoder.encode(pin.pin()), pin.setAt(), pin.setBy(), 0, 0L });
		}
		bulk.insert("customer_care_pin", List.of("customer_id", "pin_hash", "set_at", "set_by", "wrong_tries", "version"),
				rows);
	}

	@Override
	@Transactional
	public void importCustomers(List<NewCustomer> batch) {
		List<Object[]> rows = new ArrayList<>(batch.size());
		List<Object[]> tokens = new ArrayList<>();
		List<Object[]> documents = new ArrayList<>();
		List<Object[]> contacts = new ArrayList<>();
		List<Object[]> parties = new ArrayList<>();
		List<Object[]> accounts = new ArrayList<>();
		List<Object[]> notes = new ArrayList<>();
		for (NewCustomer c : batch) {
			rows.add(new Object[] { c.id(), c.customerNumber(), c.type().name(), c.status().name(), c.partnerId(),
					c.signingAgentId(), c.firstName(), c.middleName(), c.lastName(), c.organisationName(),
					c.dateOfBirth(), c.taxId(), c.taxIdType() == null ? null : c.taxIdType().name(),
					c.preferredLanguage(), 0L, c.createdAt(), c.createdBy(), c.createdAt(), c.createdBy() });
			for (String token : NameIndex.tokens(Stream.of(c.firstName(), c.middleName(), c.lastName(),
					c.organisationName()).filter(java.util.Objects::nonNull).toList())) {
				tokens.add(new Object[] { token, c.id() });
			}
			int position = 0;
			for (NewDocument d : c.documents()) {
				documents.add(new Object[] { d.id(), c.id(), d.documentType(), cipher.encrypt(d.series()),
						cipher.encrypt(d.number()), d.issuer(),
						d.issuedOn(), position++ });
			}
			position = 0;
			for (NewContact m : c.contacts()) {
				contacts.add(new Object[] { m.id(), c.id(), m.type().name(), m.purpose().name(), m.preferred(),
						m.phoneE164(), m.email(), m.email() == null ? null : m.email().toLowerCase(Locale.ROOT),
						m.street(), m.city(), m.region(), m.postcode(), m.country(), position++ });
			}
			position = 0;
			for (NewRelatedParty p : c.relatedParties()) {
				parties.add(new Object[] { p.id(), c.id(), p.role().name(), p.name(), p.phoneE164(), p.email(),
						p.relatedCustomerId(), position++ });
			}
			for (NewAccount a : c.accounts()) {
				accounts.add(new Object[] { a.id(), c.id(), a.accountNumber(), a.contractNumber(),
						BillingAccount.contractKey(a.contractNumber()), a.contractType().name(), a.contractDate(),
						a.branch(), a.balance().currency(), a.paymentType().name(), a.billCycleDay(), a.status().name(),
						a.balance().amount(), a.primaryPartyId(), c.createdAt() });
			}
			for (NewFlashNote n : c.flashNotes()) {
				notes.add(new Object[] { n.id(), c.id(), n.body(), n.severity().name(), n.authorAgentId(),
						n.authorName(), n.createdAt(), n.expiresAt() });
			}
		}
		bulk.insert("customer", List.of("id", "customer_number", "customer_type", "status", "partner_id",
				"signing_agent_id", "first_name", "middle_name", "last_name", "organisation_name", "date_of_birth",
				"tax_id", "tax_id_type", "preferred_language", "version", "created_at", "created_by", "updated_at",
				"updated_by"), rows);
		bulk.insert("customer_name_token", List.of("token", "customer_id"), tokens);
		bulk.insert("customer_identity_document", List.of("id", "customer_id", "document_type", "series", "doc_number",
				"issuer", "issued_on", "position"), documents);
		bulk.insert("customer_contact_medium", List.of("id", "customer_id", "medium_type", "purpose", "preferred",
				"phone_number", "email", "email_key", "street", "city", "region", "postcode", "country", "position"),
				contacts);
		bulk.insert("customer_related_party", List.of("id", "customer_id", "party_role", "name", "phone_number", "email",
				"related_customer_id", "position"), parties);
		bulk.insert("customer_billing_account", List.of("id", "customer_id", "account_number", "contract_number",
				"contract_key", "contract_type", "contract_date", "branch", "currency", "payment_type", "bill_cycle_day",
				"status", "balance", "primary_party_id", "created_at"), accounts);
		bulk.insert("customer_flash_note", List.of("id", "customer_id", "body", "severity", "author_agent_id",
				"author_name", "created_at", "expires_at"), notes);
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return customers.count();
	}
}
