package io.switchboard.ticket;

import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.customer.CustomerImport;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/** The ticket module with what it may use: every change is announced, once, with the ticket's keys. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class TicketModuleTests {

	static final UUID PARTNER = UUID.randomUUID();
	static final Actor AGENT = new Actor(UUID.randomUUID(), "module-agent", "Module Agent", PARTNER,
			PartnerScope.EVERYONE, Set.of("AGENT"));
	static final Actor BACKOFFICE = new Actor(UUID.randomUUID(), "module-backoffice", "Module Backoffice", PARTNER,
			PartnerScope.EVERYONE, Set.of("BACKOFFICE"));

	@Autowired
	CustomerImport customers;

	@Autowired
	TicketImport lists;

	@Autowired
	TicketApi tickets;

	@Autowired
	TicketAdmin admin;

	@Autowired
	TransactionTemplate transactions;

	TicketTestData data;
	String number;
	UUID queueId;
	String category;

	@BeforeEach
	void aCustomerACategoryAndAQueue() {
		data = new TicketTestData(tickets, admin, customers, transactions);
		number = data.aCustomer().of(PARTNER).named("Ivan", "Petrov").speaking("ru").create();
		category = "MT" + number;
		queueId = Ids.next();
		transactions.executeWithoutResult(tx -> lists.importLists(
				List.of(new CategoryView(anEntry(TicketAdmin.CATEGORIES, category).named("en", "Test").named("ru", "Тест")
					.build(), 1, 2, 3, 4)),
				List.of(anEntry(TicketAdmin.RESOLUTIONS, "MR" + number).named("en", "Done").named("ru", "Сделано").build()),
				List.of(new QueueView(anEntry(TicketAdmin.QUEUES, "MQ" + number).withId(queueId)
					.named("en", "Queue " + number).named("ru", "Очередь " + number).build(), PARTNER, false,
						Set.of(BACKOFFICE.agentId()))),
				"test"));
	}

	TicketView aTicket(UUID queue) {
		return data.aTicket().forCustomer(number).inCategory(category).createdBy(AGENT).dispatchedTo(queue).create();
	}

	@Test
	void aCreatedTicketIsAnnouncedWithItsCreator(Scenario scenario) {
		scenario.stimulate(() -> aTicket(null))
			.andWaitForEventOfType(TicketCreated.class)
			.matching(e -> e.createdBy().equals(AGENT.agentId()))
			.toArriveAndVerify(e -> {
				assertThat(e.number()).matches("T-\\d{6}");
				assertThat(e.partnerId()).isEqualTo(PARTNER);
				assertThat(e.queueId()).isNull();
			});
	}

	@Test
	void aDispatchIsAnnouncedWithTheQueue(Scenario scenario) {
		TicketView ticket = aTicket(null);
		scenario.stimulate(() -> tickets.dispatch(ticket.number(), null, queueId, null, AGENT))
			.andWaitForEventOfType(TicketDispatched.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> assertThat(e.queueId()).isEqualTo(queueId));
	}

	@Test
	void aReturnIsAnnouncedWithTheReasonAndTheCreator(Scenario scenario) {
		TicketView ticket = aTicket(queueId);
		scenario.stimulate(() -> tickets.returnToCreator(ticket.number(), null, "Wrong queue", BACKOFFICE))
			.andWaitForEventOfType(TicketReturned.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> {
				assertThat(e.reason()).isEqualTo("Wrong queue");
				assertThat(e.creatorId()).isEqualTo(AGENT.agentId());
				assertThat(e.queueId()).isEqualTo(queueId);
			});
	}

	@Test
	void takeAnswerAndCloseAreAnnounced(Scenario scenario) {
		TicketView ticket = aTicket(queueId);
		scenario.stimulate(() -> tickets.take(ticket.number(), null, BACKOFFICE))
			.andWaitForEventOfType(TicketTaken.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> assertThat(e.ownerId()).isEqualTo(BACKOFFICE.agentId()));
		scenario.stimulate(() -> tickets.answer(ticket.number(), null, "Done", BACKOFFICE))
			.andWaitForEventOfType(TicketAnswered.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> assertThat(e.answeredBy()).isEqualTo(BACKOFFICE.agentId()));
		scenario.stimulate(() -> tickets.close(ticket.number(), null, "MR" + number, null, BACKOFFICE))
			.andWaitForEventOfType(TicketClosed.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> {
				assertThat(e.resolutionCode()).isEqualTo("MR" + number);
				assertThat(e.actor()).isEqualTo(BACKOFFICE.username());
			});
	}

	@Test
	void aForwardIsAnnouncedWithBothQueues(Scenario scenario) {
		UUID other = Ids.next();
		transactions.executeWithoutResult(tx -> lists.importLists(List.of(), List.of(),
				List.of(new QueueView(anEntry(TicketAdmin.QUEUES, "MO" + number).withId(other)
					.named("en", "Other " + number).named("ru", "Другая " + number).build(), PARTNER, false, Set.of())),
				"test"));
		TicketView ticket = aTicket(queueId);
		scenario.stimulate(() -> tickets.forward(ticket.number(), null, other, "Theirs", BACKOFFICE))
			.andWaitForEventOfType(TicketForwarded.class)
			.matching(e -> e.number().equals(ticket.number()))
			.toArriveAndVerify(e -> {
				assertThat(e.fromQueueId()).isEqualTo(queueId);
				assertThat(e.toQueueId()).isEqualTo(other);
				assertThat(e.comment()).isEqualTo("Theirs");
			});
	}
}
