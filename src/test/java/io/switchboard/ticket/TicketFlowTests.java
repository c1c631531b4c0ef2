package io.switchboard.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.customer.CustomerImport;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.codes.EntryRefused;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.ConflictException;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.ticket.domain.TicketExpiryJob;
import io.switchboard.ticket.domain.Tickets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets through the service, as the pages and the API use it: who wins a take, what a stale edit
 * gets, returned tickets re-created, the customer's reply, and the expiry job on a clock the test moves.
 */
@SwitchboardApplicationTest
class TicketFlowTests {

	@Autowired
	TicketApi tickets;

	@Autowired
	TicketAdmin admin;

	@Autowired
	Tickets service;

	@Autowired
	PartnerApi partners;

	@Autowired
	UserDetailsService users;

	@Autowired
	CustomerImport customers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	TicketTestData data;

	@BeforeEach
	void testData() {
		data = new TicketTestData(tickets, admin, customers, transactions, users);
	}

	Actor as(String username) {
		return data.actor(username);
	}

	UUID queue(String name) {
		return data.queue(name);
	}

	TicketView aTask(String customer, UUID queueId) {
		return data.aTicket().forCustomer(customer).dispatchedTo(queueId).create();
	}

	@Test
	void ofTwoAgentsTakingTheSameTicketAtOnceExactlyOneWinsAndTheOtherIsToldWho() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		for (int race = 0; race < 10; race++) {
			TicketView ticket = aTask("100002", queue("Billing back office"));
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> outcomes = new ArrayList<>();
			for (String who : List.of("backoffice", "manager")) {
				Actor actor = as(who);
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return tickets.take(ticket.number(), ticket.version(), actor);
					}
					catch (ConflictException lost) {
						return lost;
					}
				}));
			}
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : outcomes) {
				results.add(f.get());
			}
			TicketView after = tickets.get(ticket.number(), as("agent").scope());
			String winner = after.ownerId().equals(as("backoffice").agentId()) ? "Casey Brooks" : "Jordan Reyes";
			assertThat(results).filteredOn(TicketView.class::isInstance).singleElement()
				.satisfies(won -> assertThat(((TicketView) won).ownerId()).isEqualTo(after.ownerId()));
			assertThat(results).filteredOn(ConflictException.class::isInstance).singleElement()
				.satisfies(e -> {
					ConflictException lost = (ConflictException) e;
					assertThat(lost.code()).isEqualTo("TICKET_ALREADY_TAKEN");
					assertThat(lost.arguments()[0]).as("the loser is told who won").isEqualTo(winner);
				});
			assertThat(after.status()).isEqualTo(TicketStatus.OPEN);
			assertThat(tickets.history(ticket.number(), as("agent").scope())).extracting(TicketActionView::action)
				.containsExactly("CREATED", "TAKEN");
		}
		pool.shutdown();
	}

	@Test
	void aRoundRobinQueueHandsEachTicketToTheNextMemberInTurn() {
		UUID first = as("backoffice").agentId();
		UUID second = as("manager").agentId();
		List<UUID> inTurn = java.util.stream.Stream.of(first, second).sorted().toList();
		QueueView roundRobin = data.aQueue("Round robin").withMembers("backoffice", "manager").roundRobin().create();

		List<TicketView> dispatched = new ArrayList<>();
		for (int k = 0; k < 3; k++) {
			dispatched.add(aTask("100002", roundRobin.id()));
		}

		// as stored, not only as answered: each is in its member's folder
		List<TicketView> stored = dispatched.stream().map(t -> tickets.get(t.number(), as("agent").scope())).toList();
		assertThat(stored).extracting(TicketView::ownerId).containsExactly(inTurn.get(0), inTurn.get(1),
				inTurn.get(0));
		assertThat(stored).extracting(TicketView::status).containsOnly(TicketStatus.OPEN);
		assertThat(tickets.history(dispatched.get(0).number(), as("agent").scope()))
			.extracting(TicketActionView::action, TicketActionView::actor, TicketActionView::fromStatus,
					TicketActionView::toStatus)
			.containsExactly(tuple("CREATED", "agent", null, TicketStatus.OPEN_DISPATCH),
					tuple("AUTO_ASSIGNED", "system", TicketStatus.OPEN_DISPATCH, TicketStatus.OPEN));
		TicketView open = aTask("100002", null);
		tickets.dispatch(open.number(), open.version(), roundRobin.id(), null, as("agent"));
		TicketView sent = tickets.get(open.number(), as("agent").scope());
		assertThat(sent.ownerId()).isEqualTo(inTurn.get(1));
		assertThat(sent.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void aTakeFromAnOlderPageIsRefusedAndALongReturnReasonIsKept() {
		TicketView queued = aTask("100002", queue("Billing back office"));
		tickets.forward(queued.number(), queued.version(), queue("Technical support"), "Belongs to the network team",
				as("manager"));
		TicketView forwarded = tickets.get(queued.number(), as("agent").scope());
		assertThatThrownBy(() -> tickets.take(queued.number(), queued.version(), as("backoffice")))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> assertThat(e.changedBy()).isEqualTo("manager"));

		tickets.take(forwarded.number(), forwarded.version(), as("backoffice"));
		String reason = "Needs the dates of the trip. ".repeat(130);
		TicketView returned = tickets.returnToCreator(forwarded.number(), null, reason, as("backoffice"));
		assertThat(returned.returnReason()).isEqualTo(reason.strip()).hasSizeGreaterThan(3000);
	}

	@Test
	void aQueueMemberMustSeeTheQueuesTicketsAndTheAssignListShowsOnlyWhoCan() {
		assertThatThrownBy(() -> data.aQueue("Mixed").withMembers("reseller").create())
			.isInstanceOfSatisfying(EntryRefused.class, refused -> assertThat(refused.reasons())
				.singleElement()
				.satisfies(r -> {
					assertThat(r.field()).isEqualTo("members");
					assertThat(r.refusal().code()).isEqualTo("TICKET_MEMBER_CANNOT_SEE");
				}));

		TicketView operators = aTask("100002", null);
		assertThat(service.assignable(operators, as("manager"))).extracting(a -> a.username())
			.contains("backoffice", "manager")
			.doesNotContain("reseller");
	}

	@Test
	void aMoveFromAnOlderVersionIsRefusedWithWhoChangedIt() {
		TicketView ticket = aTask("100002", null);
		tickets.comment(ticket.number(), "Called the customer back", as("agent"));
		tickets.update(ticket.number(), ticket.version(), new TicketChange(null, null, Priority.HIGH, null), as("manager"));
		assertThatThrownBy(() -> tickets.dispatch(ticket.number(), ticket.version(), queue("Billing back office"), null,
				as("agent")))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> assertThat(e.changedBy()).isEqualTo("manager"));
	}

	@Test
	void aReturnedTicketIsReCreatedInTheRightCategoryLinkedToTheOldOne() {
		TicketView ticket = aTask("100002", queue("Billing back office"));
		tickets.take(ticket.number(), null, as("backoffice"));
		TicketView returned = tickets.returnToCreator(ticket.number(), null, "This is a technical problem",
				as("backoffice"));
		assertThat(returned.status()).isEqualTo(TicketStatus.OPEN_REJECT_RETURN);
		assertThat(returned.ownerId()).isEqualTo(as("agent").agentId());
		assertThat(returned.returnReason()).isEqualTo("This is a technical problem");
		TicketView fresh = tickets.recreate(ticket.number(), null, "WRONG_CATEGORY", "TECHNICAL", as("agent"));
		assertThat(fresh.previousId()).isEqualTo(ticket.id());
		assertThat(fresh.categoryCode()).isEqualTo("TECHNICAL");
		assertThat(tickets.get(ticket.number(), as("agent").scope()).status()).isEqualTo(TicketStatus.CLOSED);
	}

	@Test
	void theCustomersReplyBringsTheTicketBackToTheAgentWhoAnswered() {
		TicketView ticket = aTask("100002", queue("Billing back office"));
		tickets.take(ticket.number(), null, as("backoffice"));
		tickets.answer(ticket.number(), null, "Explained the charge", as("backoffice"));
		TicketView reopened = tickets.customerReplied(ticket.number(), null, "Still does not agree", as("agent"));
		assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(reopened.ownerId()).isEqualTo(as("backoffice").agentId());
	}

	@Test
	void theExpiryJobFlagsUnansweredAndUnreadTicketsAfterThePartnersDays() {
		TicketView unanswered = aTask("100002", null);
		TicketView answered = aTask("100002", null);
		tickets.answer(answered.number(), null, "Done, please check", as("agent"));
		TicketView read = aTask("100002", null);
		tickets.answer(read.number(), null, "Done, please check", as("agent"));
		tickets.customerViewed(read.number(), as("agent"));

		new TicketExpiryJob(service, partners, Clock.offset(Clock.systemUTC(), Duration.ofDays(29))).run();
		assertThat(tickets.get(unanswered.number(), as("agent").scope()).expiry()).isZero();

		new TicketExpiryJob(service, partners, Clock.offset(Clock.systemUTC(), Duration.ofDays(31))).run();
		assertThat(tickets.get(unanswered.number(), as("agent").scope()).expiry()).isEqualTo(1);
		assertThat(tickets.get(answered.number(), as("agent").scope()).expiry()).isEqualTo(2);
		assertThat(tickets.get(read.number(), as("agent").scope()).expiry()).isZero();
		assertThat(tickets.history(unanswered.number(), as("agent").scope())).extracting(TicketActionView::action)
			.contains("EXPIRED_1");

		TicketView reposted = tickets.repost(unanswered.number(), null, queue("Billing back office"), as("manager"));
		assertThat(reposted.expiry()).isZero();
		assertThat(reposted.status()).isEqualTo(TicketStatus.OPEN_DISPATCH);
	}
	@Test
	void aMovesEventIsRecordedInTheSameTransactionAsTheMove() {
		TicketView queued = data.aTicket().dispatchedTo("Billing back office").create();

		transactions.executeWithoutResult(tx -> {
			tickets.take(queued.number(), queued.version(), as("backoffice"));
			tx.setRollbackOnly();
		});
		assertThat(tickets.get(queued.number(), as("agent").scope()).status()).isEqualTo(TicketStatus.OPEN_DISPATCH);
		assertThat(publications(TicketTaken.class, queued.number())).isZero();

		transactions.executeWithoutResult(tx -> tickets.take(queued.number(), queued.version(), as("backoffice")));
		assertThat(tickets.get(queued.number(), as("agent").scope()).status()).isEqualTo(TicketStatus.OPEN);
		assertThat(publications(TicketTaken.class, queued.number())).isPositive();
	}

	@Test
	void theCustomersReplyWaitsInTheAnswerersWaitingFolderNotInTheCreatorsOwn() {
		TicketView replied = data.aTicket().createdBy("agent").dispatchedTo("Billing back office")
			.takenBy("backoffice").answeredBy("backoffice", "Refunded").customerRepliedTo("agent", "Not yet on my bill")
			.create();

		assertThat(replied.customerReplied()).isTrue();
		assertThat(replied.ownerId()).isEqualTo(as("backoffice").agentId());
		TicketView answeredAgain = tickets.answer(replied.number(), replied.version(), "Refunded today", as("backoffice"));
		assertThat(answeredAgain.customerReplied()).isFalse();
		assertThat(tickets.get(replied.number(), as("agent").scope()).customerReplied()).isFalse();
	}

	@Test
	void aPartnersAgentCannotSendATicketToAQueueItMayNotKnowOf() {
		String customer = data.aCustomer().ofPartnerOf("reseller").named("Rita", "Queue").create();
		TicketView own = data.aTicket().forCustomer(customer).createdBy("reseller").create();

		assertThatThrownBy(() -> tickets.dispatch(own.number(), own.version(), queue("Billing back office"), null,
				as("reseller")))
			.isInstanceOf(io.switchboard.shared.SwitchboardException.class).extracting("code")
			.isEqualTo("TICKET_QUEUE_UNKNOWN");
		assertThat(tickets.dispatch(own.number(), own.version(), queue("Bluewave escalations"), null, as("reseller"))
			.status()).isEqualTo(TicketStatus.OPEN_DISPATCH);
		// the operator's staff may still send the reseller's customer's ticket to the operator's queues
		TicketView another = data.aTicket().forCustomer(customer).createdBy("agent").create();
		assertThat(tickets.dispatch(another.number(), another.version(), queue("Billing back office"), null,
				as("agent")).queueId()).isEqualTo(queue("Billing back office"));
	}

	private long publications(Class<?> eventType, String number) {
		return jdbc.sql("select count(*) from event_publication where event_type = :type and serialized_event like :number")
			.param("type", eventType.getName())
			.param("number", "%\"" + number + "\"%")
			.query(Long.class)
			.single();
	}
}
