package io.switchboard.interaction;

import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh customers for interaction tests (the suite shares one database, so each test talks to a
 * customer of its own), and the actors of the demo logins.
 */
public final class InteractionTestData {

	private final CustomerImport customers;
	private final TransactionTemplate transactions;
	private final UserDetailsService users;

	public InteractionTestData(CustomerImport customers, TransactionTemplate transactions, UserDetailsService users) {
		this.customers = customers;
		this.transactions = transactions;
		this.users = users;
	}

	public Actor actor(String username) {
		return ((ActorPrincipal) users.loadUserByUsername(username)).actor();
	}

	/** A new customer of the partner the login belongs to; returns its number. */
	public String customerOf(String username) {
		String number = String.valueOf(ThreadLocalRandom.current().nextInt(7_000_000, 7_999_999));
		transactions.executeWithoutResult(tx -> customers.importCustomers(List.of(new NewCustomer(Ids.next(), number,
				CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, actor(username).partnerId(), null, "Olive", null,
				"Caller", null, null, null, null, "en", Instant.parse("2025-03-01T10:00:00Z"), "test", List.of(),
				List.of(), List.of(), List.of(), List.of()))));
		return number;
	}
}
