package io.switchboard.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.TicketCreated;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interaction module with what it uses: tickets an agent creates while on an interaction with the
 * customer are linked to it; its changes are announced.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class InteractionModuleTests {

	static final UUID PARTNER = UUID.randomUUID();

	final Actor agent = new Actor(UUID.randomUUID(), "module-test", "Module Test", PARTNER, PartnerScope.EVERYONE,
			Set.of("AGENT"));

	@Autowired
	InteractionApi interactions;

	@Autowired
	CustomerImport customers;

	@Autowired
	TransactionTemplate transactions;

	String number;

	UUID customerId;

	@BeforeEach
	void aCustomer() {
		number = String.valueOf(ThreadLocalRandom.current().nextInt(6_000_000, 6_999_999));
		customerId = Ids.next();
		transactions.executeWithoutResult(tx -> customers.importCustomers(List.of(new NewCustomer(customerId, number,
				CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, PARTNER, null, "Ivan", null, "Petrov", null, null, null,
				null, "ru", Instant.parse("2025-02-01T09:00:00Z"), "test", List.of(), List.of(), List.of(), List.of(),
				List.of()))));
	}

	@Test
	void aTicketTheAgentCreatesDuringTheCallIsLinkedToIt(Scenario scenario) {
		InteractionView call = interactions.start(number, Channel.PHONE, Direction.IN, agent);
		UUID ticketId = Ids.next();

		scenario.publish(new TicketCreated(ticketId, "T-000901", customerId, PARTNER, "module-test", Instant.now(),
				agent.agentId(), null))
			.andWaitForEventOfType(InteractionUpdated.class)
			.matching(event -> event.number().equals(call.number()))
			.toArriveAndVerify(event -> {
				assertThat(event.fields()).containsExactly("tickets");
				assertThat(interactions.get(call.number(), PartnerScope.EVERYONE).tickets())
					.extracting(LinkedTicket::ticketId, LinkedTicket::number)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(ticketId, "T-000901"));
			});
	}

	@Test
	void aTicketCreatedThroughTheApiOrByAnotherAgentLinksNothing(Scenario scenario,
			@Autowired CompletedEventPublications completed) {
		InteractionView call = interactions.start(number, Channel.PHONE, Direction.IN, agent);
		UUID throughTheApi = Ids.next();
		UUID byAnotherAgent = Ids.next();
		UUID ours = Ids.next();
		Set<UUID> tickets = Set.of(throughTheApi, byAnotherAgent, ours);

		// two tickets that must not link (no agent: the API; another agent) and one that must. Listeners run
		// asynchronously, in no particular order: wait until the event of each ticket has been handled (its
		// publication completed) and the one that links is linked, then look at what got linked
		scenario.stimulate((TransactionOperations transaction, ApplicationEventPublisher events) -> transaction
			.executeWithoutResult(tx -> {
			events.publishEvent(new TicketCreated(throughTheApi, "T-000902", customerId, PARTNER, "tmf-operator",
					Instant.now(), null, null));
			events.publishEvent(new TicketCreated(byAnotherAgent, "T-000903", customerId, PARTNER, "someone",
					Instant.now(), UUID.randomUUID(), null));
			events.publishEvent(new TicketCreated(ours, "T-000904", customerId, PARTNER, "module-test", Instant.now(),
					agent.agentId(), null));
		}))
			.andWaitForStateChange(() -> handled(completed, tickets) == tickets.size() && interactions
				.get(call.number(), PartnerScope.EVERYONE).tickets().stream().anyMatch(t -> t.ticketId().equals(ours)),
					Boolean::booleanValue)
			.andVerify(done -> assertThat(interactions.get(call.number(), PartnerScope.EVERYONE).tickets())
				.extracting(LinkedTicket::number).containsExactly("T-000904"));
	}

	/**
	 * How many of these tickets' {@link TicketCreated} events this module's listener has handled (other
	 * modules listen to them too: the ticket module's TMF621 hub).
	 */
	static long handled(CompletedEventPublications completed, Set<UUID> tickets) {
		return completed.findAll().stream()
			.filter(p -> p instanceof TargetEventPublication target
					&& target.getTargetIdentifier().getValue().contains("interaction.domain.TicketLinks."))
			.map(EventPublication::getEvent)
			.filter(event -> event instanceof TicketCreated created && tickets.contains(created.ticketId()))
			.count();
	}

	@Test
	void startingAndWrappingUpAreAnnounced(Scenario scenario) {
		scenario.stimulate(() -> interactions.start(number, Channel.STORE, Direction.IN, agent))
			.andWaitForEventOfType(InteractionStarted.class)
			.matching(event -> event.customerId().equals(customerId))
			.toArriveAndVerify(event -> {
				assertThat(event.channel()).isEqualTo(Channel.STORE);
				assertThat(event.agentId()).isEqualTo(agent.agentId());
				assertThat(event.partnerId()).isEqualTo(PARTNER);
				assertThat(event.actor()).isEqualTo("module-test");
			});
	}
}
