package io.switchboard.customer;

import io.switchboard.customer.CustomerImport.NewAccount;
import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerImport.NewDocument;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers for tests, in the words of the desk: {@code aCustomer().named("Carlos Mendes").ofPartner(bluewave)}
 * for what pages read, {@code aNewCustomer().named("Anna", "Smirnova").withEmail("anna@example.net")} for
 * what is imported into the database, {@code anAccount().postpaid().owing("120.00")} for a billing
 * account. Every builder starts from a plausible, complete customer and changes only what the test
 * says; numbers of imported customers are random, in a range the demo operator does not use.
 */
public final class CustomerFixtures {

	public static final UUID JANE_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000c001");

	public static final UUID OPERATOR_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000b001");

	private CustomerFixtures() {
	}

	/** Jane Q. Doe, 100001, an active individual customer of the operator, unless told otherwise. */
	public static HeaderBuilder aCustomer() {
		return new HeaderBuilder();
	}

	/** A customer to import: an active individual, Anna Smirnova, with a number of her own. */
	public static NewCustomerBuilder aNewCustomer() {
		return new NewCustomerBuilder();
	}

	/** Jane's prepaid account 1000001, settled, unless told otherwise. */
	public static AccountBuilder anAccount() {
		return new AccountBuilder();
	}

	/** What the 360's header and other modules read of a customer ({@link CustomerHeader}). */
	public static final class HeaderBuilder {

		private UUID id = JANE_ID;
		private String number = "100001";
		private CustomerType type = CustomerType.INDIVIDUAL;
		private CustomerStatus status = CustomerStatus.ACTIVE;
		private String name = "Jane Q. Doe";
		private UUID partnerId = OPERATOR_ID;
		private UUID signingAgentId;
		private LocalDate dateOfBirth = LocalDate.of(1985, 4, 12);
		private String language = "en";
		private Instant since = Instant.parse("2024-01-01T10:00:00Z");

		public HeaderBuilder withId(UUID id) {
			this.id = id;
			return this;
		}

		public HeaderBuilder numbered(String number) {
			this.number = number;
			return this;
		}

		public HeaderBuilder named(String name) {
			this.name = name;
			return this;
		}

		/** An organisation (no date of birth): ООО «Ромашка». */
		public HeaderBuilder anOrganisation(String name) {
			this.type = CustomerType.ORGANISATION;
			this.name = name;
			this.dateOfBirth = null;
			return this;
		}

		public HeaderBuilder ofPartner(UUID partnerId) {
			this.partnerId = partnerId;
			return this;
		}

		public HeaderBuilder signedUpBy(UUID agentId) {
			this.signingAgentId = agentId;
			return this;
		}

		public HeaderBuilder suspended() {
			this.status = CustomerStatus.SUSPENDED;
			return this;
		}

		public HeaderBuilder speaking(String language) {
			this.language = language;
			return this;
		}

		public HeaderBuilder customerSince(Instant since) {
			this.since = since;
			return this;
		}

		public CustomerHeader build() {
			return new CustomerHeader(id, number, type, status, name, partnerId, signingAgentId, dateOfBirth, language,
					since, null, null, 3);
		}
	}

	/** A customer as the import API takes it ({@link NewCustomer}), with what it owns in this module. */
	public static final class NewCustomerBuilder {

		private UUID id = Ids.next();
		private String number = String.valueOf(ThreadLocalRandom.current().nextInt(8_000_000, 8_999_999));
		private CustomerType type = CustomerType.INDIVIDUAL;
		private UUID partnerId = UUID.randomUUID();
		private UUID signingAgentId;
		private String firstName = "Anna";
		private String lastName = "Smirnova";
		private String organisation;
		private LocalDate dateOfBirth;
		private String language = "ru";
		private Instant createdAt = Instant.parse("2025-02-01T09:00:00Z");
		private final List<NewDocument> documents = new ArrayList<>();
		private final List<NewContact> contacts = new ArrayList<>();
		private final List<NewAccount> accounts = new ArrayList<>();

		public NewCustomerBuilder withId(UUID id) {
			this.id = id;
			return this;
		}

		public NewCustomerBuilder numbered(String number) {
			this.number = number;
			return this;
		}

		public NewCustomerBuilder named(String firstName, String lastName) {
			this.firstName = firstName;
			this.lastName = lastName;
			return this;
		}

		public NewCustomerBuilder anOrganisation(String name) {
			this.type = CustomerType.ORGANISATION;
			this.organisation = name;
			this.firstName = null;
			this.lastName = null;
			return this;
		}

		public NewCustomerBuilder ofPartner(UUID partnerId) {
			this.partnerId = partnerId;
			return this;
		}

		public NewCustomerBuilder signedUpBy(UUID agentId) {
			this.signingAgentId = agentId;
			return this;
		}

		public NewCustomerBuilder bornOn(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
			return this;
		}

		public NewCustomerBuilder speaking(String language) {
			this.language = language;
			return this;
		}

		public NewCustomerBuilder customerSince(Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/** A preferred home e-mail address. */
		public NewCustomerBuilder withEmail(String email) {
			contacts.add(new NewContact(Ids.next(), ContactMediumType.EMAIL, ContactPurpose.HOME, true, null, email,
					null, null, null, null, null));
			return this;
		}

		public NewCustomerBuilder withPhone(String e164, ContactPurpose purpose) {
			contacts.add(new NewContact(Ids.next(), ContactMediumType.PHONE, purpose, contacts.isEmpty(), e164, null,
					null, null, null, null, null));
			return this;
		}

		public NewCustomerBuilder withPassport(String series, String number, String issuer, LocalDate issuedOn) {
			documents.add(new NewDocument(Ids.next(), "PASSPORT", series, number, issuer, issuedOn));
			return this;
		}

		/** A billing account, from {@link #anAccount()} (only its account and contract fields are imported). */
		public NewCustomerBuilder withAccount(BillingAccountView account) {
			accounts.add(new NewAccount(account.id(), account.accountNumber(), account.contractNumber(),
					account.contractType(), account.contractDate(), account.branch(), account.paymentType(),
					account.billCycleDay(), account.status(), account.balance(), null));
			return this;
		}

		public String number() {
			return number;
		}

		public UUID id() {
			return id;
		}

		public NewCustomer build() {
			return new NewCustomer(id, number, type, CustomerStatus.ACTIVE, partnerId, signingAgentId, firstName, null,
					lastName, organisation, dateOfBirth, null, null, language, createdAt, "test", List.copyOf(documents),
					List.copyOf(contacts), List.of(), List.copyOf(accounts), List.of());
		}
	}

	/** A billing account and its contract ({@link BillingAccountView}). */
	public static final class AccountBuilder {

		private UUID id = Ids.next();
		private UUID customerId = JANE_ID;
		private String number = "1000001";
		private String contract = "C-2024-000017";
		private LocalDate contractDate = LocalDate.of(2024, 3, 15);
		private String branch = "Downtown";
		private PaymentType paymentType = PaymentType.PREPAID;
		private AccountStatus status = AccountStatus.ACTIVE;
		private String currency = "USD";
		private Money balance = Money.zero("USD");
		private String holder = "Jane Q. Doe";

		public AccountBuilder withId(UUID id) {
			this.id = id;
			return this;
		}

		public AccountBuilder of(CustomerHeader customer) {
			this.customerId = customer.id();
			this.holder = customer.displayName();
			return this;
		}

		public AccountBuilder numbered(String number) {
			this.number = number;
			return this;
		}

		public AccountBuilder underContract(String contract, LocalDate signedOn) {
			this.contract = contract;
			this.contractDate = signedOn;
			return this;
		}

		public AccountBuilder inBranch(String branch) {
			this.branch = branch;
			return this;
		}

		public AccountBuilder prepaid() {
			this.paymentType = PaymentType.PREPAID;
			return this;
		}

		public AccountBuilder postpaid() {
			this.paymentType = PaymentType.POSTPAID;
			return this;
		}

		/** In this currency; a balance set before is kept in its own. */
		public AccountBuilder inCurrency(String currency) {
			this.currency = currency;
			this.balance = Money.zero(currency);
			return this;
		}

		/** The customer owes this much on the account. */
		public AccountBuilder owing(String amount) {
			this.balance = Money.of(amount, currency);
			return this;
		}

		public AccountBuilder inCollections() {
			this.status = AccountStatus.COLLECTIONS;
			return this;
		}

		public BillingAccountView build() {
			return new BillingAccountView(id, customerId, number, contract, ContractType.CONSUMER, contractDate, branch,
					paymentType, 1, status, balance, holder);
		}
	}
}
