package io.switchboard.support;

import io.switchboard.customer.AccountStatus;
import io.switchboard.customer.ContractType;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewAccount;
import io.switchboard.customer.CustomerImport.NewCarePin;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerImport.NewDocument;
import io.switchboard.customer.CustomerImport.NewRelatedParty;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.PartyRole;
import io.switchboard.interaction.CallerCheck;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers who call, in the words of the tests about callers: a person born on a day with a passport on
 * file and a care PIN, with an authorised user or a primary party on the account; and their calls,
 * started and verified. The suite shares one database, so each test makes customers of its own.
 */
public final class Callers {

	static final Instant SIGNED_UP = Instant.parse("2024-05-01T10:00:00Z");

	private final CustomerImport customers;
	private final InteractionApi interactions;
	private final TransactionTemplate transactions;
	private final UserDetailsService users;

	public Callers(CustomerImport customers, InteractionApi interactions, TransactionTemplate transactions,
			UserDetailsService users) {
		this.customers = customers;
		this.interactions = interactions;
		this.transactions = transactions;
		this.users = users;
	}

	/** The actor of a demo login (agent, manager, operator.ru, reseller, ...). */
	public Actor actor(String username) {
		return ((ActorPrincipal) users.loadUserByUsername(username)).actor();
	}

	/** A person, a customer of the partner the login belongs to. */
	public Person aPerson(String firstName, String lastName, String login) {
		return new Person(firstName, lastName, actor(login).partnerId());
	}

	/** A call the agent starts with the customer, the customer itself calling. */
	public InteractionView callFrom(Called customer, Actor agent) {
		return interactions.start(customer.number(), Channel.PHONE, Direction.IN, agent);
	}

	/** A call the agent starts with the customer, this related party calling. */
	public InteractionView callFrom(Called customer, String partyName, Actor agent) {
		return interactions.start(customer.number(), Channel.PHONE, Direction.IN, customer.party(partyName), agent);
	}

	/** A call whose caller (the customer) said the right care PIN. */
	public InteractionView verifiedCall(Called customer, Actor agent) {
		InteractionView call = callFrom(customer, agent);
		CallerCheck check = interactions.verifyByPin(call.number(), customer.carePin(), agent);
		if (!check.verified()) {
			throw new IllegalStateException("the care PIN did not verify the caller: " + check.outcome());
		}
		return check.interaction();
	}

	/** A customer made for one test, with the numbers and ids the test needs. */
	public record Called(UUID id, String number, UUID accountId, String carePin, Map<String, UUID> parties) {

		public UUID party(String name) {
			UUID id = parties.get(name);
			if (id == null) {
				throw new IllegalArgumentException("no related party " + name);
			}
			return id;
		}
	}

	/** A person who will call: built in the words of the test, then {@link #create()}d. */
	public final class Person {

		private final String firstName;
		private final String lastName;
		private final UUID partnerId;
		private LocalDate bornOn;
		private final List<NewDocument> documents = new ArrayList<>();
		private String carePin;
		private final List<NewRelatedParty> parties = new ArrayList<>();
		private String primaryParty;

		Person(String firstName, String lastName, UUID partnerId) {
			this.firstName = firstName;
			this.lastName = lastName;
			this.partnerId = partnerId;
		}

		public Person bornOn(LocalDate day) {
			this.bornOn = day;
			return this;
		}

		public Person withPassport(String number) {
			documents.add(new NewDocument(Ids.next(), "PASSPORT", null, number, "Test issuer",
					LocalDate.of(2019, 6, 3)));
			return this;
		}

		public Person withCarePin(String pin) {
			this.carePin = pin;
			return this;
		}

		/** Someone the customer lets act on the account, known only by name (no details of their own). */
		public Person withAuthorisedUser(String name) {
			parties.add(new NewRelatedParty(Ids.next(), PartyRole.AUTHORISED_USER, name, null, null));
			return this;
		}

		/** An authorised user who is a customer too: their own date of birth and documents identify them. */
		public Person withAuthorisedUser(String name, Called alsoACustomer) {
			parties.add(new NewRelatedParty(Ids.next(), PartyRole.AUTHORISED_USER, name, null, null,
					alsoACustomer.id()));
			return this;
		}

		/** The related party the billing account names as its primary party (instead of the customer). */
		public Person withPrimaryParty(String name) {
			parties.add(new NewRelatedParty(Ids.next(), PartyRole.PRIMARY, name, null, null));
			this.primaryParty = name;
			return this;
		}

		public Called create() {
			UUID id = Ids.next();
			UUID accountId = Ids.next();
			String number = String.valueOf(ThreadLocalRandom.current().nextInt(60_000_000, 69_999_999));
			Map<String, UUID> partyIds = new LinkedHashMap<>();
			parties.forEach(p -> partyIds.put(p.name(), p.id()));
			NewAccount account = new NewAccount(accountId, "CA" + number, null, ContractType.CONSUMER,
					LocalDate.of(2024, 5, 1), null, PaymentType.POSTPAID, 1, AccountStatus.ACTIVE, Money.zero("USD"),
					primaryParty == null ? null : partyIds.get(primaryParty));
			transactions.executeWithoutResult(tx -> {
				customers.importCustomers(List.of(new NewCustomer(id, number, CustomerType.INDIVIDUAL,
						CustomerStatus.ACTIVE, partnerId, null, firstName, null, lastName, null, bornOn, null, null, "en",
						SIGNED_UP, "test", documents, List.of(), parties, List.of(account), List.of())));
				if (carePin != null) {
					customers.importCarePins(List.of(new NewCarePin(id, carePin, SIGNED_UP, "test")));
				}
			});
			return new Called(id, number, accountId, carePin, partyIds);
		}
	}
}
