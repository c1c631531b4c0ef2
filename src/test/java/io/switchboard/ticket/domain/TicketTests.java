package io.switchboard.ticket.domain;

import static io.switchboard.ticket.domain.TicketFixtures.AGENT;
import static io.switchboard.ticket.domain.TicketFixtures.BACKOFFICE;
import static io.switchboard.ticket.domain.TicketFixtures.BILLING_QUEUE;
import static io.switchboard.ticket.domain.TicketFixtures.MANAGER;
import static io.switchboard.ticket.domain.TicketFixtures.NETWORK_QUEUE;
import static io.switchboard.ticket.domain.TicketFixtures.T0;
import static io.switchboard.ticket.domain.TicketFixtures.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketAssigned;
import io.switchboard.ticket.TicketClosed;
import io.switchboard.ticket.TicketCommented;
import io.switchboard.ticket.TicketCreated;
import io.switchboard.ticket.TicketDispatched;
import io.switchboard.ticket.TicketExpired;
import io.switchboard.ticket.TicketForwarded;
import io.switchboard.ticket.TicketReopened;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketTaken;
import io.switchboard.ticket.TicketView;
import io.switchboard.ticket.domain.TicketWorkflow.Request;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ticket owns its moves: each one is checked by the workflow, takes the status the workflow
 * decides, writes its line of history and registers its event, and a refused one leaves no trace.
 */
class TicketTests {

	static final Instant LATER = T0.plusSeconds(3 * 3600);

	@Test
	void aTicketIsBornOpenInItsCreatorsFolderWithItsFirstLineAndAnnouncement() {
		Ticket ticket = aTicket().createdBy(AGENT).build();

		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.ownerId()).isEqualTo(AGENT.agentId());
		assertThat(ticket.isNew()).isTrue();
		assertThat(ticket.history()).singleElement().satisfies(line -> {
			assertThat(line.action()).isEqualTo("CREATED");
			assertThat(line.fromStatus()).isNull();
			assertThat(line.toStatus()).isEqualTo(TicketStatus.OPEN);
			assertThat(line.actor()).isEqualTo("alex");
		});
		assertThat(ticket.pendingEvents()).singleElement().isInstanceOfSatisfying(TicketCreated.class, e -> {
			assertThat(e.createdBy()).isEqualTo(AGENT.agentId());
			assertThat(e.queueId()).isNull();
		});
	}

	@Test
	void aTicketDispatchedAtBirthWaitsInTheQueueWithOneLineAndOneAnnouncement() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).build();

		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN_DISPATCH);
		assertThat(ticket.ownerId()).isNull();
		assertThat(ticket.history()).extracting(TicketActionView::action, TicketActionView::toStatus,
				TicketActionView::toQueueId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CREATED", TicketStatus.OPEN_DISPATCH, BILLING_QUEUE));
		assertThat(ticket.pendingEvents()).singleElement().isInstanceOfSatisfying(TicketCreated.class,
				e -> assertThat(e.queueId()).isEqualTo(BILLING_QUEUE));
	}

	@Test
	void theStatusATicketTakesIsTheOneTheWorkflowDecides() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).build();
		Set<Standing> member = Set.of(Standing.QUEUE_MEMBER);

		TicketStatus decided = TicketWorkflow.decide(ticket.situation(member), Move.FORWARD,
				Request.toQueue(NETWORK_QUEUE, "Belongs to the network team"));
		ticket.forward(member, NETWORK_QUEUE, "Belongs to the network team", BACKOFFICE, LATER);

		assertThat(ticket.status()).isEqualTo(decided).isEqualTo(TicketStatus.OPEN_FORWARDED);
		assertThat(ticket.queueId()).isEqualTo(NETWORK_QUEUE);
		assertThat(ticket.history()).last().satisfies(line -> {
			assertThat(line.action()).isEqualTo("FORWARDED");
			assertThat(line.fromStatus()).isEqualTo(TicketStatus.OPEN_DISPATCH);
			assertThat(line.fromQueueId()).isEqualTo(BILLING_QUEUE);
			assertThat(line.toQueueId()).isEqualTo(NETWORK_QUEUE);
			assertThat(line.comment()).isEqualTo("Belongs to the network team");
		});
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketForwarded.class, e -> {
			assertThat(e.fromQueueId()).isEqualTo(BILLING_QUEUE);
			assertThat(e.toQueueId()).isEqualTo(NETWORK_QUEUE);
		});
	}

	@Test
	void aRefusedMoveLeavesNoTrace() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).build();
		TicketView before = ticket.view("BILLING");
		int lines = ticket.history().size();
		int events = ticket.pendingEvents().size();

		assertThatThrownBy(() -> ticket.take(Set.of(Standing.CREATOR), AGENT, LATER))
			.isInstanceOfSatisfying(SwitchboardException.class,
					e -> assertThat(e.code()).isEqualTo("TICKET_TAKE_NOT_MEMBER"));
		assertThatThrownBy(() -> ticket.returnToCreator(Set.of(Standing.QUEUE_MEMBER), " ", BACKOFFICE, LATER))
			.isInstanceOfSatisfying(SwitchboardException.class,
					e -> assertThat(e.code()).isEqualTo("TICKET_REASON_REQUIRED"));

		assertThat(ticket.view("BILLING")).isEqualTo(before);
		assertThat(ticket.history()).hasSize(lines);
		assertThat(ticket.pendingEvents()).hasSize(events);
	}

	@Test
	void aRoundRobinHandOutIsSwitchboardsOwnMoveThroughTheWorkflow() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).build();

		ticket.autoAssign(BACKOFFICE.agentId(), LATER);

		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.ownerId()).isEqualTo(BACKOFFICE.agentId());
		assertThat(ticket.updatedBy()).isEqualTo(Actor.SYSTEM.username());
		assertThat(ticket.history()).last().satisfies(line -> {
			assertThat(line.action()).isEqualTo("AUTO_ASSIGNED");
			assertThat(line.actor()).isEqualTo("system");
			assertThat(line.fromStatus()).isEqualTo(TicketStatus.OPEN_DISPATCH);
			assertThat(line.toOwnerId()).isEqualTo(BACKOFFICE.agentId());
		});
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketAssigned.class, e -> {
			assertThat(e.ownerId()).isEqualTo(BACKOFFICE.agentId());
			assertThat(e.queueId()).isEqualTo(BILLING_QUEUE);
			assertThat(e.actor()).isEqualTo("system");
		});
		// the workflow refuses a hand-out of a ticket that is not waiting in a queue
		assertThatThrownBy(() -> ticket.autoAssign(MANAGER.agentId(), LATER))
			.isInstanceOfSatisfying(SwitchboardException.class,
					e -> assertThat(e.code()).isEqualTo("TICKET_CANNOT_AUTO_ASSIGN"));
		assertThat(ticket.ownerId()).isEqualTo(BACKOFFICE.agentId());
	}

	@Test
	void theExpiryJobFlagsATicketThroughTheWorkflowAndOnlyOnce() {
		Ticket ticket = aTicket().build();

		ticket.expire(1, LATER);

		assertThat(ticket.view("BILLING").expiry()).isEqualTo(1);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.history()).last().extracting(TicketActionView::action, TicketActionView::actor)
			.containsExactly("EXPIRED_1", "system");
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketExpired.class,
				e -> assertThat(e.expiry()).isEqualTo(1));
		int lines = ticket.history().size();
		assertThatThrownBy(() -> ticket.expire(1, LATER.plusSeconds(60)))
			.isInstanceOfSatisfying(SwitchboardException.class,
					e -> assertThat(e.code()).isEqualTo("TICKET_CANNOT_EXPIRE"));
		assertThat(ticket.history()).hasSize(lines);
	}

	@Test
	void theCustomersReplyWaitsForTheAgentWhoAnsweredUntilTheTicketMovesOn() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).takenBy(BACKOFFICE).answeredBy(BACKOFFICE)
			.customerRepliedTo(AGENT)
			.build();

		TicketView replied = ticket.view("BILLING");
		assertThat(replied.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(replied.ownerId()).isEqualTo(BACKOFFICE.agentId());
		assertThat(replied.customerReplied()).isTrue();
		assertThat(replied.viewedByOwner()).isFalse();
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketReopened.class,
				e -> assertThat(e.ownerId()).isEqualTo(BACKOFFICE.agentId()));

		ticket.answer(Set.of(Standing.OWNER), "Refunded again", BACKOFFICE, LATER);
		assertThat(ticket.view("BILLING").customerReplied()).isFalse();
		assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
	}

	@Test
	void aCommentIsWrittenAndAnnouncedButIsNoMove() {
		Ticket ticket = aTicket().build();
		ticket.close(Set.of(Standing.OWNER), "EXPLAINED", null, AGENT, T0.plusSeconds(60));
		TicketView closed = ticket.view("BILLING");

		TicketComment comment = ticket.comment("The customer called to say thanks", MANAGER, LATER);

		assertThat(ticket.view("BILLING")).isEqualTo(closed);
		assertThat(ticket.history()).last().extracting(TicketActionView::action, TicketActionView::fromStatus,
				TicketActionView::toStatus)
			.containsExactly("COMMENTED", TicketStatus.CLOSED, TicketStatus.CLOSED);
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketCommented.class,
				e -> assertThat(e.commentId()).isEqualTo(comment.id()));
	}

	@Test
	void aReturnedTicketIsClosedAndBornAgainInTheRightCategoryEachNamingTheOther() {
		Ticket old = aTicket().dispatchedTo(BILLING_QUEUE).returnedBy(BACKOFFICE, "A network fault").build();
		assertThat(old.status()).isEqualTo(TicketStatus.OPEN_REJECT_RETURN);

		Ticket fresh = old.recreate(Set.of(Standing.CREATOR), "WRONG_CATEGORY", TicketFixtures.technical(),
				() -> "T-000002", AGENT, LATER);

		assertThat(old.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(old.history()).last().extracting(TicketActionView::action, TicketActionView::comment)
			.containsExactly("CLOSED", "T-000002");
		assertThat(old.pendingEvents()).last().isInstanceOf(TicketClosed.class);
		assertThat(fresh.number()).isEqualTo("T-000002");
		assertThat(fresh.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(fresh.view("TECHNICAL").previousId()).isEqualTo(old.id());
		assertThat(fresh.history()).singleElement().extracting(TicketActionView::action, TicketActionView::comment)
			.containsExactly("CREATED", "T-000001");
		assertThat(fresh.pendingEvents()).singleElement().isInstanceOf(TicketCreated.class);
	}

	@Test
	void noNumberIsDrawnForARefusedReCreation() {
		Ticket open = aTicket().build();

		assertThatThrownBy(() -> open.recreate(Set.of(Standing.CREATOR), "WRONG_CATEGORY", TicketFixtures.technical(),
				() -> {
					throw new AssertionError("a number was drawn");
				}, AGENT, LATER))
			.isInstanceOfSatisfying(SwitchboardException.class,
					e -> assertThat(e.code()).isEqualTo("TICKET_CANNOT_RECREATE"));
	}

	@Test
	void aRepostIsAnnouncedAsADispatchAndClearsTheExpiryFlag() {
		Ticket ticket = aTicket().build();
		ticket.expire(1, LATER);

		ticket.repost(Set.of(Standing.MANAGER), BILLING_QUEUE, MANAGER, LATER.plusSeconds(60));

		assertThat(ticket.view("BILLING").expiry()).isZero();
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN_DISPATCH);
		assertThat(ticket.history()).last().extracting(TicketActionView::action).isEqualTo("REPOSTED");
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketDispatched.class,
				e -> assertThat(e.queueId()).isEqualTo(BILLING_QUEUE));
	}

	@Test
	void aTakeIsAnnouncedWithTheTaker() {
		Ticket ticket = aTicket().dispatchedTo(BILLING_QUEUE).takenBy(BACKOFFICE).build();

		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.ownerId()).isEqualTo(BACKOFFICE.agentId());
		assertThat(ticket.queueId()).isEqualTo(BILLING_QUEUE);
		assertThat(ticket.pendingEvents()).last().isInstanceOfSatisfying(TicketTaken.class,
				e -> assertThat(e.ownerId()).isEqualTo(BACKOFFICE.agentId()));
	}
}
