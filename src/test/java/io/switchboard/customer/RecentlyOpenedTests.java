package io.switchboard.customer;

import static io.switchboard.customer.CustomerFixtures.aNewCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The home page's "Recently opened": each agent's own customers, the last opened first, one row per
 * customer however often opened, at most as many as asked for, and never a customer the agent may no
 * longer see.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RecentlyOpenedTests {

	final UUID ownPartner = UUID.randomUUID();

	final UUID otherPartner = UUID.randomUUID();


	/** An operator's agent (sees everyone), new for each test so that its list starts empty. */
	Actor agent;

	@Autowired
	CustomerApi customers;

	@Autowired
	CustomerImport imports;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void aNewAgent() {
		agent = new Actor(UUID.randomUUID(), "recent-test", "Recent Test", null, PartnerScope.EVERYONE,
				Set.of("AGENT"));
	}

	/** Customers of one partner, in the order they are made. */
	List<CustomerHeader> customersOf(UUID partnerId, int count) {
		List<CustomerImport.NewCustomer> made = IntStream.range(0, count)
			.mapToObj(i -> aNewCustomer().named("Recent", "Customer" + i).ofPartner(partnerId).build())
			.toList();
		transactions.executeWithoutResult(tx -> imports.importCustomers(made));
		return made.stream().map(c -> customers.get(c.customerNumber(), PartnerScope.EVERYONE)).toList();
	}

	/** Opens the customers one after the other, a moment apart, as an agent clicking through them would. */
	void open(Actor actor, List<CustomerHeader> them) throws InterruptedException {
		for (CustomerHeader customer : them) {
			customers.opened(customer.id(), actor);
			Thread.sleep(2);
		}
	}

	static List<String> numbers(List<CustomerSummary> list) {
		return list.stream().map(CustomerSummary::customerNumber).toList();
	}

	static List<String> numbersOf(List<CustomerHeader> list) {
		return list.stream().map(CustomerHeader::customerNumber).toList();
	}

	@Test
	void theLastOpenedComesFirst() throws InterruptedException {
		List<CustomerHeader> three = customersOf(ownPartner, 3);

		open(agent, three);

		assertThat(numbers(customers.recentlyOpened(agent, 10)))
			.containsExactly(three.get(2).customerNumber(), three.get(1).customerNumber(), three.get(0).customerNumber());
	}

	@Test
	void openingACustomerAgainMovesItToTheTopWithoutAddingARow() throws InterruptedException {
		List<CustomerHeader> three = customersOf(ownPartner, 3);
		open(agent, three);

		open(agent, List.of(three.get(0)));

		assertThat(numbers(customers.recentlyOpened(agent, 10)))
			.containsExactly(three.get(0).customerNumber(), three.get(2).customerNumber(), three.get(1).customerNumber());
	}

	@Test
	void theListGivesAsManyAsAskedForTheNewestOnes() throws InterruptedException {
		List<CustomerHeader> twelve = customersOf(ownPartner, 12);
		open(agent, twelve);

		List<String> expected = new ArrayList<>(numbersOf(twelve.subList(2, 12)));
		Collections.reverse(expected);
		assertThat(numbers(customers.recentlyOpened(agent, 10))).containsExactlyElementsOf(expected);
	}

	@Test
	void onlyTheLastTwentyAreKept() throws InterruptedException {
		List<CustomerHeader> many = customersOf(ownPartner, 23);
		open(agent, many);

		List<String> kept = numbers(customers.recentlyOpened(agent, 50));

		assertThat(kept).hasSize(20).doesNotContainAnyElementsOf(numbersOf(many.subList(0, 3)));
		assertThat(kept.getFirst()).isEqualTo(many.getLast().customerNumber());
	}

	@Test
	void eachAgentHasItsOwnList() throws InterruptedException {
		Actor colleague = new Actor(UUID.randomUUID(), "recent-colleague", "Recent Colleague", null,
				PartnerScope.EVERYONE, Set.of("AGENT"));
		List<CustomerHeader> mine = customersOf(ownPartner, 2);
		List<CustomerHeader> theirs = customersOf(ownPartner, 1);

		open(agent, mine);
		open(colleague, theirs);

		assertThat(numbers(customers.recentlyOpened(agent, 10))).containsExactlyInAnyOrderElementsOf(numbersOf(mine));
		assertThat(numbers(customers.recentlyOpened(colleague, 10))).containsExactlyElementsOf(numbersOf(theirs));
	}

	@Test
	void aCustomerOutsideTheAgentsScopeIsLeftOut() throws InterruptedException {
		List<CustomerHeader> own = customersOf(ownPartner, 2);
		List<CustomerHeader> other = customersOf(otherPartner, 1);
		open(agent, List.of(own.get(0), other.get(0), own.get(1)));

		// the same agent, now working for one partner only (it moved to a reseller, say)
		Actor narrowed = new Actor(agent.agentId(), agent.username(), agent.displayName(), ownPartner,
				PartnerScope.of(List.of(ownPartner)), agent.roles());

		assertThat(numbers(customers.recentlyOpened(narrowed, 10)))
			.containsExactly(own.get(1).customerNumber(), own.get(0).customerNumber());
	}

	@Test
	void somebodyWhoIsNoAgentHasNoList() {
		assertThat(customers.recentlyOpened(Actor.SYSTEM, 10)).isEmpty();
	}
}
