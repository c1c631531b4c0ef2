package io.switchboard.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionApi.InteractionChange;
import io.switchboard.interaction.InteractionApi.NewInteraction;
import io.switchboard.interaction.InteractionApi.WrapUp;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.support.SwitchboardApplicationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The interactions service on the demo operator: starting, reusing, wrapping up, the API's records, scope. */
@SwitchboardApplicationTest
class InteractionServiceTests {

	@Autowired
	InteractionApi interactions;

	@Autowired
	CustomerImport customerImport;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	InteractionTestData data;

	Actor agent;

	@BeforeEach
	void setUp() {
		data = new InteractionTestData(customerImport, transactions, users);
		agent = data.actor("agent");
	}

	@Test
	void aCallStartedWithoutNamingTheCallerIsTheCustomersOwnAndNotYetVerified() {
		String customer = data.customerOf("agent");

		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);

		assertThat(call.number()).matches("I-\\d{6,}");
		assertThat(call.agentName()).isEqualTo("Alex Morgan");
		assertThat(call.open()).isTrue();
		assertThat(call.caller().isCustomer()).isTrue();
		assertThat(call.caller().name()).isEqualTo("Olive Caller");
		assertThat(call.verification().verified()).isFalse();
		assertThat(interactions.list(customer, InteractionFilter.ANY, 0, 20, agent.scope()).total()).isEqualTo(1);
	}

	@Test
	void anotherAgentStartingACallWithTheSameCustomerGetsACallOfItsOwn() {
		String customer = data.customerOf("agent");

		InteractionView mine = interactions.start(customer, Channel.PHONE, Direction.IN, agent);
		InteractionView theirs = interactions.start(customer, Channel.PHONE, Direction.IN, data.actor("manager"));

		assertThat(theirs.number()).isNotEqualTo(mine.number());
	}

	@Test
	void startingASecondInteractionWithTheSameCustomerIsRefused() {
		String customer = data.customerOf("agent");
		interactions.start(customer, Channel.CHAT, Direction.IN, agent);

		assertThatThrownBy(() -> interactions.start(customer, Channel.PHONE, Direction.OUT, agent))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_ALREADY_OPEN");
	}

	@Test
	void wrappingUpEndsTheInteractionAndTheNextCallStartsANewOne() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);

		InteractionView ended = interactions.wrapUp(call.number(),
				new WrapUp("  Bill question ", "RESOLVED", "Explained the roaming charge."), call.version(), agent);

		assertThat(ended.open()).isFalse();
		assertThat(ended.endedAt()).isAfterOrEqualTo(ended.startedAt());
		assertThat(ended.reason()).isEqualTo("Bill question");
		assertThat(ended.wrapUpCode()).isEqualTo("RESOLVED");
		assertThat(interactions.openWith(customer, agent)).isEmpty();
		assertThat(interactions.start(customer, Channel.PHONE, Direction.IN, agent).number()).isNotEqualTo(call.number());
	}

	@Test
	void aWrapUpFromAnOlderVersionIsRefusedAndNothingIsSaved() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);
		interactions.update(call.number(), call.version(), new InteractionChange(null, "Customer on hold", null, null,
				null, null, null, null), data.actor("manager"));

		assertThatThrownBy(() -> interactions.wrapUp(call.number(), new WrapUp("Roaming", "RESOLVED", null),
				call.version(), agent))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, conflict -> {
				assertThat(conflict.changedBy()).isEqualTo("Jordan Reyes");
				assertThat(conflict.currentVersion()).isEqualTo(call.version() + 1);
			});
		InteractionView current = interactions.get(call.number(), agent.scope());
		assertThat(current.open()).isTrue();
		assertThat(current.notes()).isEqualTo("Customer on hold");
	}

	@Test
	void anAgentWrapsUpOnlyItsOwnCallAndAManagerAnyoneElses() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);

		assertThatThrownBy(() -> interactions.wrapUp(call.number(), new WrapUp("Roaming", "RESOLVED", null),
				call.version(), data.actor("operator.ru")))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_NOT_YOURS");
		assertThat(interactions.get(call.number(), agent.scope()).open()).isTrue();

		InteractionView ended = interactions.wrapUp(call.number(), new WrapUp("Left open", "NO_ACTION", null),
				call.version(), data.actor("manager"));
		assertThat(ended.open()).isFalse();
	}

	@Test
	void aWrapUpNeedsAReasonAndAnActiveCode() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);

		assertThatThrownBy(() -> interactions.wrapUp(call.number(), new WrapUp(" ", "RESOLVED", null), call.version(),
				agent)).extracting("code").isEqualTo("INTERACTION_REASON_REQUIRED");
		assertThatThrownBy(() -> interactions.wrapUp(call.number(), new WrapUp("Roaming", "DROPPED", null),
				call.version(), agent)).extracting("code").isEqualTo("INTERACTION_WRAP_UP_CODE_REQUIRED");
	}

	@Test
	void aResellerDoesNotSeeAnotherPartnersInteraction() {
		String customer = data.customerOf("agent");
		InteractionView call = interactions.start(customer, Channel.PHONE, Direction.IN, agent);
		Actor reseller = data.actor("reseller");

		assertThat(interactions.find(call.number(), reseller.scope())).isEmpty();
		assertThatThrownBy(() -> interactions.get(call.number(), reseller.scope()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> interactions.wrapUp(call.number(), new WrapUp("x", "RESOLVED", null), call.version(),
				reseller)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anIntegratorRecordsAContactWithAnUnidentifiedCallerInItsOwnPartner() {
		Actor client = new Actor(null, "tmf-bluewave", "Bluewave integration", data.actor("reseller").partnerId(),
				data.actor("reseller").scope(), Set.of());
		Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

		InteractionView recorded = interactions.create(new NewInteraction(null, Channel.WEB, Direction.IN,
				"Asked about coverage", null, null, start, start.plusSeconds(300), "[{\"id\":\"web\"}]", "{}"), client);

		assertThat(recorded.customerId()).isNull();
		assertThat(recorded.agentId()).isNull();
		assertThat(recorded.partnerId()).isEqualTo(client.partnerId());
		assertThat(recorded.open()).isFalse();
		assertThat(recorded.channelRefs()).isEqualTo("[{\"id\":\"web\"}]");
		assertThat(interactions.find(recorded.number(), client.scope())).isPresent();
		assertThat(interactions.find(recorded.number(), data.actor("mvno").scope())).isEmpty();

		InteractionView changed = interactions.update(recorded.number(), recorded.version(),
				new InteractionChange("Coverage at home", null, null, Direction.OUT, null, "INFO_GIVEN", null, null),
				client);
		assertThat(changed.reason()).isEqualTo("Coverage at home");
		assertThat(changed.direction()).isEqualTo(Direction.OUT);
		assertThat(changed.version()).isEqualTo(recorded.version() + 1);
		assertThatThrownBy(() -> interactions.update(recorded.number(), recorded.version(),
				new InteractionChange("Again", null, null, null, null, null, null, null), client))
			.isInstanceOf(ChangedBySomeoneElse.class);
	}

	@Test
	void theListIsNewestFirstAndFiltersByChannelDirectionStateAndDate() {
		String customer = data.customerOf("agent");
		Actor client = new Actor(null, "tmf-operator", "Operator integration", agent.partnerId(), PartnerScope.EVERYONE,
				Set.of());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		interactions.create(new NewInteraction(customer, Channel.EMAIL, Direction.OUT, "Bill sent", null, null,
				now.minus(10, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS).plusSeconds(60), null, null), client);
		interactions.create(new NewInteraction(customer, Channel.PHONE, Direction.IN, "Roaming", null, null,
				now.minus(2, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS).plusSeconds(600), null, null), client);
		InteractionView open = interactions.start(customer, Channel.CHAT, Direction.IN, agent);

		InteractionPage all = interactions.list(customer, InteractionFilter.ANY, 0, 20, agent.scope());
		assertThat(all.items()).extracting(InteractionView::channel)
			.containsExactly(Channel.CHAT, Channel.PHONE, Channel.EMAIL);
		assertThat(interactions.list(customer, new InteractionFilter(Channel.EMAIL, null, null, null, null), 0, 20,
				agent.scope()).items()).extracting(InteractionView::reason).containsExactly("Bill sent");
		assertThat(interactions.list(customer, new InteractionFilter(null, Direction.IN, null, null, false), 0, 20,
				agent.scope()).items()).extracting(InteractionView::reason).containsExactly("Roaming");
		assertThat(interactions.list(customer, new InteractionFilter(null, null, null, null, true), 0, 20,
				agent.scope()).items()).extracting(InteractionView::number).containsExactly(open.number());
		assertThat(interactions.list(customer, new InteractionFilter(null, null, now.minus(3, ChronoUnit.DAYS),
				now.minus(1, ChronoUnit.DAYS), null), 0, 20, agent.scope()).items())
			.extracting(InteractionView::reason).containsExactly("Roaming");
		InteractionPage second = interactions.list(customer, InteractionFilter.ANY, 1, 2, agent.scope());
		assertThat(second.items()).extracting(InteractionView::channel).containsExactly(Channel.EMAIL);
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void theAgentsOpenInteractionsAreListedOldestFirst() {
		Actor manager = data.actor("manager");
		String one = data.customerOf("manager");
		String two = data.customerOf("manager");
		InteractionView first = interactions.start(one, Channel.PHONE, Direction.IN, manager);
		InteractionView second = interactions.start(two, Channel.PHONE, Direction.IN, manager);

		assertThat(interactions.openOf(manager)).extracting(InteractionView::number)
			.containsSubsequence(first.number(), second.number());
	}

	@Test
	void theDemoOperatorHasWrapUpCodesAndAHistoryForJane() {
		assertThat(interactions.wrapUpCodes(true)).extracting(CodedEntry::code)
			.contains("RESOLVED", "CALLBACK", "TICKET_CREATED", "TRANSFERRED", "NO_ACTION").doesNotContain("DROPPED");
		InteractionPage jane = interactions.list("100001", new InteractionFilter(null, null, null, null, false), 0, 20,
				PartnerScope.EVERYONE);
		assertThat(jane.total()).isGreaterThanOrEqualTo(4);
		assertThat(jane.items()).allSatisfy(i -> assertThat(i.wrapUpCode()).isNotNull());
	}
}
