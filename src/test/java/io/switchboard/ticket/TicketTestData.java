package io.switchboard.ticket;

import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets and customers for tests, said the way the desk says them:
 * {@code aTicket().forCustomer("100002").createdBy("agent").dispatchedTo("Billing back office").takenBy("backoffice")}.
 * Everything goes through the ticket module's own API (the workflow, the history and the events are the
 * real ones); customers are imported with numbers of their own, so a test that needs a customer nobody
 * else touches ({@code aCustomer().ofPartnerOf("agent").create()}) gets one. Actors are given by login
 * (the demo operator's) or as an {@link Actor}.
 */
public final class TicketTestData {

	private final TicketApi tickets;
	private final TicketAdmin admin;
	private final CustomerImport customers;
	private final TransactionTemplate transactions;
	private final Function<String, Actor> logins;

	public TicketTestData(TicketApi tickets, TicketAdmin admin, CustomerImport customers,
			TransactionTemplate transactions, UserDetailsService users) {
		this(tickets, admin, customers, transactions,
				(Function<String, Actor>) login -> ((ActorPrincipal) users.loadUserByUsername(login)).actor());
	}

	/** Without a login store (module tests): actors are given as {@link Actor}s, not logins. */
	public TicketTestData(TicketApi tickets, TicketAdmin admin, CustomerImport customers,
			TransactionTemplate transactions) {
		this(tickets, admin, customers, transactions, (Function<String, Actor>) login -> {
			throw new IllegalStateException("no logins here: give the actor, not " + login);
		});
	}

	private TicketTestData(TicketApi tickets, TicketAdmin admin, CustomerImport customers,
			TransactionTemplate transactions, Function<String, Actor> logins) {
		this.tickets = tickets;
		this.admin = admin;
		this.customers = customers;
		this.transactions = transactions;
		this.logins = logins;
	}

	/** The actor a demo login acts as. */
	public Actor actor(String login) {
		return logins.apply(login);
	}

	/** The queue with this English name. */
	public UUID queue(String name) {
		return queueNamed(name).id();
	}

	/** The queue with this English name, as an administrator reads it. */
	public QueueView queueNamed(String name) {
		return admin.queues().stream().filter(q -> name.equals(q.name(Locale.ENGLISH))).findFirst().orElseThrow();
	}

	/**
	 * A queue of its own, added by an administrator: named {@code name} and a suffix of its own (in English,
	 * and in Russian as «Очередь: ...»), of the operator, unless told otherwise.
	 */
	public QueueBuilder aQueue(String name) {
		return new QueueBuilder(name);
	}

	public CustomerBuilder aCustomer() {
		return new CustomerBuilder();
	}

	/** A ticket: for ООО «Ромашка» (100002, the operator's own customer) and created by agent, unless told otherwise. */
	public TicketBuilder aTicket() {
		return new TicketBuilder();
	}

	public final class QueueBuilder {

		private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
		private final String name;
		private UUID partnerId;
		private final List<String> members = new java.util.ArrayList<>();
		private boolean roundRobin;

		private QueueBuilder(String name) {
			this.name = name;
		}

		/** Of this partner (the operator's by default). */
		public QueueBuilder of(UUID partner) {
			this.partnerId = partner;
			return this;
		}

		public QueueBuilder withMembers(String... logins) {
			members.addAll(List.of(logins));
			return this;
		}

		/** Hands each ticket that arrives to the next member in turn. */
		public QueueBuilder roundRobin() {
			this.roundRobin = true;
			return this;
		}

		public QueueView create() {
			UUID partner = partnerId != null ? partnerId : queueNamed("Billing back office").partnerId();
			String code = "Q_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_" + suffix;
			return admin.addQueue(new TicketAdmin.QueueChange(new CodedLists.Draft(code,
					Map.of("en", name + " " + suffix, "ru", "Очередь: " + name + " " + suffix), null, true), partner,
					members, roundRobin), "admin");
		}
	}

	/** An individual customer, active, with a number of its own (7xxxxxx). */
	public final class CustomerBuilder {

		private UUID partnerId;
		private String firstName = "Olive";
		private String lastName = "Tester";
		private String language = "en";

		public CustomerBuilder of(UUID partner) {
			this.partnerId = partner;
			return this;
		}

		/** A customer of the partner this login works for. */
		public CustomerBuilder ofPartnerOf(String login) {
			return of(actor(login).partnerId());
		}

		public CustomerBuilder named(String first, String last) {
			this.firstName = first;
			this.lastName = last;
			return this;
		}

		public CustomerBuilder speaking(String languageTag) {
			this.language = languageTag;
			return this;
		}

		/** Imports the customer; answers its number. */
		public String create() {
			if (partnerId == null) {
				throw new IllegalStateException("whose customer? say of(partner) or ofPartnerOf(login)");
			}
			String number = String.valueOf(ThreadLocalRandom.current().nextInt(7_000_000, 7_999_999));
			transactions.executeWithoutResult(tx -> customers.importCustomers(List.of(new NewCustomer(Ids.next(),
					number, CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, partnerId, null, firstName, null, lastName,
					null, null, null, null, language, Instant.parse("2025-02-01T09:00:00Z"), "test", List.of(),
					List.of(), List.of(), List.of(), List.of()))));
			return number;
		}
	}

	/**
	 * A ticket opened by {@link #createdBy}, then moved by each step in the order given. Steps name the
	 * agent who makes the move; {@link #create()} makes them all and answers the ticket as it ends.
	 */
	public final class TicketBuilder {

		private String customer = "100002";
		private String category = "BILLING";
		private Priority priority = Priority.MEDIUM;
		private Channel channel = Channel.PHONE;
		private String subject = "A task for the tests";
		private String content = "What the customer needs.";
		private Actor creator;
		private UUID queue;
		private final List<Function<TicketView, TicketView>> steps = new java.util.ArrayList<>();

		public TicketBuilder forCustomer(String customerNumber) {
			this.customer = customerNumber;
			return this;
		}

		public TicketBuilder inCategory(String code) {
			this.category = code;
			return this;
		}

		public TicketBuilder priority(Priority value) {
			this.priority = value;
			return this;
		}

		public TicketBuilder about(String subjectLine) {
			this.subject = subjectLine;
			return this;
		}

		public TicketBuilder createdBy(String login) {
			return createdBy(actor(login));
		}

		public TicketBuilder createdBy(Actor actor) {
			this.creator = actor;
			return this;
		}

		/** Dispatched to the queue as it is created (the New task form's "dispatch at once"). */
		public TicketBuilder dispatchedTo(String queueName) {
			return dispatchedTo(queue(queueName));
		}

		public TicketBuilder dispatchedTo(UUID queueId) {
			this.queue = queueId;
			return this;
		}

		public TicketBuilder takenBy(String login) {
			return takenBy(actor(login));
		}

		public TicketBuilder takenBy(Actor actor) {
			return then(t -> tickets.take(t.number(), t.version(), actor));
		}

		public TicketBuilder answeredBy(String login, String answer) {
			return answeredBy(actor(login), answer);
		}

		public TicketBuilder answeredBy(Actor actor, String answer) {
			return then(t -> tickets.answer(t.number(), t.version(), answer, actor));
		}

		/** The customer's reply, recorded by this agent. */
		public TicketBuilder customerRepliedTo(String login, String reply) {
			return then(t -> tickets.customerReplied(t.number(), t.version(), reply, actor(login)));
		}

		public TicketBuilder returnedBy(String login, String reason) {
			return then(t -> tickets.returnToCreator(t.number(), t.version(), reason, actor(login)));
		}

		public TicketBuilder assignedTo(String agentLogin, String byManagerLogin) {
			return then(t -> tickets.assign(t.number(), t.version(), actor(agentLogin).agentId(),
					actor(byManagerLogin)));
		}

		public TicketBuilder closedBy(String login, String resolutionCode) {
			return then(t -> tickets.close(t.number(), t.version(), resolutionCode, null, actor(login)));
		}

		private TicketBuilder then(Function<TicketView, TicketView> step) {
			steps.add(step);
			return this;
		}

		public TicketView create() {
			Actor by = creator != null ? creator : actor("agent");
			TicketView ticket = tickets.create(new NewTicket(customer, null, null, category, priority, channel, subject,
					content, queue), by);
			for (Function<TicketView, TicketView> step : steps) {
				ticket = step.apply(ticket);
			}
			return ticket;
		}
	}
}
