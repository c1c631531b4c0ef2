package io.switchboard.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.domain.TicketWorkflow.Request;
import io.switchboard.ticket.domain.TicketWorkflow.Situation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every move from every status: what it leads to, or the refusal the agent reads. The table gives the
 * actor every standing and the move everything it needs, so only the status decides; the refusals
 * for standing and missing input follow.
 */
class TicketWorkflowTests {

	static final UUID QUEUE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
	static final UUID OTHER_QUEUE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
	static final Request EVERYTHING = new Request(OTHER_QUEUE, "because", "FIXED", UUID.randomUUID(), "BILLING", 2);
	static final Set<Standing> ANYONE = EnumSet.of(Standing.OWNER, Standing.CREATOR, Standing.QUEUE_MEMBER,
			Standing.MANAGER, Standing.SYSTEM);

	/** The status as a ticket sits in it: fresh OPEN has no queue, TAKEN is OPEN after a take (queue kept). */
	enum Where {
		OPEN(TicketStatus.OPEN, null), TAKEN(TicketStatus.OPEN, QUEUE), DISPATCHED(TicketStatus.OPEN_DISPATCH, QUEUE),
		FORWARDED(TicketStatus.OPEN_FORWARDED, QUEUE), RETURNED(TicketStatus.OPEN_REJECT_RETURN, null),
		WAITING(TicketStatus.WAITING, null), CLOSED(TicketStatus.CLOSED, null);

		final TicketStatus status;
		final UUID queue;

		Where(TicketStatus status, UUID queue) {
			this.status = status;
			this.queue = queue;
		}
	}

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@CsvSource(textBlock = """
			OPEN,       DISPATCH,       OPEN-DISPATCH
			OPEN,       TAKE,           TICKET_CANNOT_TAKE
			OPEN,       FORWARD,        TICKET_CANNOT_FORWARD
			OPEN,       RETURN,         TICKET_CANNOT_RETURN
			OPEN,       ANSWER,         WAITING
			OPEN,       CUSTOMER_REPLY, TICKET_CANNOT_REPLY
			OPEN,       CLOSE,          CLOSED
			OPEN,       RECREATE,       TICKET_CANNOT_RECREATE
			OPEN,       ASSIGN,         OPEN
			OPEN,       REPOST,         OPEN-DISPATCH
			OPEN,       UPDATE,         OPEN
			OPEN,       AUTO_ASSIGN,    TICKET_CANNOT_AUTO_ASSIGN
			OPEN,       EXPIRE,         TICKET_CANNOT_EXPIRE
			TAKEN,      DISPATCH,       OPEN-DISPATCH
			TAKEN,      TAKE,           TICKET_CANNOT_TAKE
			TAKEN,      FORWARD,        OPEN-FORWARDED
			TAKEN,      RETURN,         OPEN-REJECT RETURN
			TAKEN,      ANSWER,         WAITING
			TAKEN,      CUSTOMER_REPLY, TICKET_CANNOT_REPLY
			TAKEN,      CLOSE,          CLOSED
			TAKEN,      RECREATE,       TICKET_CANNOT_RECREATE
			TAKEN,      ASSIGN,         OPEN
			TAKEN,      REPOST,         OPEN-DISPATCH
			TAKEN,      UPDATE,         OPEN
			TAKEN,      AUTO_ASSIGN,    TICKET_CANNOT_AUTO_ASSIGN
			TAKEN,      EXPIRE,         TICKET_CANNOT_EXPIRE
			DISPATCHED, DISPATCH,       TICKET_CANNOT_DISPATCH
			DISPATCHED, TAKE,           OPEN
			DISPATCHED, FORWARD,        OPEN-FORWARDED
			DISPATCHED, RETURN,         OPEN-REJECT RETURN
			DISPATCHED, ANSWER,         TICKET_CANNOT_ANSWER
			DISPATCHED, CUSTOMER_REPLY, TICKET_CANNOT_REPLY
			DISPATCHED, CLOSE,          CLOSED
			DISPATCHED, RECREATE,       TICKET_CANNOT_RECREATE
			DISPATCHED, ASSIGN,         OPEN
			DISPATCHED, REPOST,         OPEN-DISPATCH
			DISPATCHED, UPDATE,         OPEN-DISPATCH
			DISPATCHED, AUTO_ASSIGN,    OPEN
			DISPATCHED, EXPIRE,         TICKET_CANNOT_EXPIRE
			FORWARDED,  DISPATCH,       TICKET_CANNOT_DISPATCH
			FORWARDED,  TAKE,           OPEN
			FORWARDED,  FORWARD,        OPEN-FORWARDED
			FORWARDED,  RETURN,         OPEN-REJECT RETURN
			FORWARDED,  ANSWER,         TICKET_CANNOT_ANSWER
			FORWARDED,  CUSTOMER_REPLY, TICKET_CANNOT_REPLY
			FORWARDED,  CLOSE,          CLOSED
			FORWARDED,  RECREATE,       TICKET_CANNOT_RECREATE
			FORWARDED,  ASSIGN,         OPEN
			FORWARDED,  REPOST,         OPEN-DISPATCH
			FORWARDED,  UPDATE,         OPEN-FORWARDED
			FORWARDED,  AUTO_ASSIGN,    OPEN
			FORWARDED,  EXPIRE,         TICKET_CANNOT_EXPIRE
			RETURNED,   DISPATCH,       TICKET_CANNOT_DISPATCH
			RETURNED,   TAKE,           TICKET_CANNOT_TAKE
			RETURNED,   FORWARD,        TICKET_CANNOT_FORWARD
			RETURNED,   RETURN,         TICKET_CANNOT_RETURN
			RETURNED,   ANSWER,         TICKET_CANNOT_ANSWER
			RETURNED,   CUSTOMER_REPLY, TICKET_CANNOT_REPLY
			RETURNED,   CLOSE,          CLOSED
			RETURNED,   RECREATE,       CLOSED
			RETURNED,   ASSIGN,         OPEN
			RETURNED,   REPOST,         OPEN-DISPATCH
			RETURNED,   UPDATE,         OPEN-REJECT RETURN
			RETURNED,   AUTO_ASSIGN,    TICKET_CANNOT_AUTO_ASSIGN
			RETURNED,   EXPIRE,         TICKET_CANNOT_EXPIRE
			WAITING,    DISPATCH,       TICKET_CANNOT_DISPATCH
			WAITING,    TAKE,           TICKET_CANNOT_TAKE
			WAITING,    FORWARD,        TICKET_CANNOT_FORWARD
			WAITING,    RETURN,         TICKET_CANNOT_RETURN
			WAITING,    ANSWER,         TICKET_CANNOT_ANSWER
			WAITING,    CUSTOMER_REPLY, OPEN
			WAITING,    CLOSE,          CLOSED
			WAITING,    RECREATE,       TICKET_CANNOT_RECREATE
			WAITING,    ASSIGN,         OPEN
			WAITING,    REPOST,         OPEN-DISPATCH
			WAITING,    UPDATE,         WAITING
			WAITING,    AUTO_ASSIGN,    TICKET_CANNOT_AUTO_ASSIGN
			WAITING,    EXPIRE,         WAITING
			CLOSED,     DISPATCH,       TICKET_ALREADY_CLOSED
			CLOSED,     TAKE,           TICKET_ALREADY_CLOSED
			CLOSED,     FORWARD,        TICKET_ALREADY_CLOSED
			CLOSED,     RETURN,         TICKET_ALREADY_CLOSED
			CLOSED,     ANSWER,         TICKET_ALREADY_CLOSED
			CLOSED,     CUSTOMER_REPLY, TICKET_ALREADY_CLOSED
			CLOSED,     CLOSE,          TICKET_ALREADY_CLOSED
			CLOSED,     RECREATE,       TICKET_ALREADY_CLOSED
			CLOSED,     ASSIGN,         TICKET_ALREADY_CLOSED
			CLOSED,     REPOST,         TICKET_ALREADY_CLOSED
			CLOSED,     UPDATE,         TICKET_ALREADY_CLOSED
			CLOSED,     AUTO_ASSIGN,    TICKET_ALREADY_CLOSED
			CLOSED,     EXPIRE,         TICKET_ALREADY_CLOSED
			""")
	void everyMoveFromEveryStatus(Where where, Move move, String outcome) {
		Situation situation = new Situation(where.status, 1, where.queue, true, ANYONE);
		if (TicketStatus.fromLabel(outcome).isPresent()) {
			assertThat(TicketWorkflow.decide(situation, move, EVERYTHING)).isEqualTo(TicketStatus.fromLabel(outcome).get());
			assertThat(TicketWorkflow.allowedMoves(situation)).contains(move);
		}
		else {
			assertRefused(situation, move, EVERYTHING, outcome);
			if (move != Move.EXPIRE) {
				// whether a ticket expires depends on the level asked for, not on the status alone
				assertThat(TicketWorkflow.allowedMoves(situation)).doesNotContain(move);
			}
		}
	}

	@Test
	void theTableCoversEveryStatusAndMove() {
		assertThat(Arrays.stream(Where.values()).map(w -> w.status).distinct()).hasSize(TicketStatus.values().length);
		assertThat(Move.values()).hasSize(13);
	}

	@ParameterizedTest(name = "{0} + {1} by {2} -> {3}")
	@CsvSource(textBlock = """
			DISPATCHED, TAKE,     OWNER,         TICKET_TAKE_NOT_MEMBER
			DISPATCHED, TAKE,     MANAGER,       TICKET_TAKE_NOT_MEMBER
			DISPATCHED, TAKE,     CREATOR,       TICKET_TAKE_NOT_MEMBER
			DISPATCHED, TAKE,     CLIENT,        TICKET_TAKE_NOT_MEMBER
			OPEN,       DISPATCH, QUEUE_MEMBER,  TICKET_NOT_OWNER
			DISPATCHED, FORWARD,  CREATOR,       TICKET_NOT_QUEUE_WORKER
			DISPATCHED, RETURN,   OWNER,         TICKET_NOT_QUEUE_WORKER
			TAKEN,      FORWARD,  QUEUE_MEMBER,  TICKET_NOT_QUEUE_WORKER
			TAKEN,      RETURN,   CREATOR,       TICKET_NOT_QUEUE_WORKER
			OPEN,       ANSWER,   CREATOR,       TICKET_NOT_OWNER_ANSWER
			OPEN,       CLOSE,    QUEUE_MEMBER,  TICKET_NOT_OWNER
			DISPATCHED, CLOSE,    QUEUE_MEMBER,  TICKET_NOT_OWNER
			RETURNED,   RECREATE, QUEUE_MEMBER,  TICKET_NOT_OWNER
			OPEN,       ASSIGN,   OWNER,         TICKET_MANAGERS_ONLY
			OPEN,       ASSIGN,   CREATOR,       TICKET_MANAGERS_ONLY
			OPEN,       REPOST,   OWNER,         TICKET_MANAGERS_ONLY
			OPEN,       UPDATE,   QUEUE_MEMBER,  TICKET_NOT_OWNER
			DISPATCHED, AUTO_ASSIGN, MANAGER,    TICKET_SYSTEM_ONLY
			DISPATCHED, AUTO_ASSIGN, QUEUE_MEMBER, TICKET_SYSTEM_ONLY
			DISPATCHED, AUTO_ASSIGN, CLIENT,     TICKET_SYSTEM_ONLY
			WAITING,    EXPIRE,   MANAGER,       TICKET_SYSTEM_ONLY
			WAITING,    EXPIRE,   CLIENT,        TICKET_SYSTEM_ONLY
			""")
	void movesOutsideTheActorsStandingAreRefused(Where where, Move move, Standing who, String code) {
		assertRefused(new Situation(where.status, 1, where.queue, true, Set.of(who)), move, EVERYTHING, code);
	}

	@ParameterizedTest(name = "Expired {2} on {0} flagged {1} -> {3}")
	@CsvSource(textBlock = """
			OPEN,       0, 1, OPEN
			DISPATCHED, 0, 1, OPEN-DISPATCH
			RETURNED,   0, 1, OPEN-REJECT RETURN
			OPEN,       1, 1, TICKET_CANNOT_EXPIRE
			WAITING,    0, 1, TICKET_CANNOT_EXPIRE
			WAITING,    0, 2, WAITING
			WAITING,    1, 2, WAITING
			WAITING,    2, 2, TICKET_CANNOT_EXPIRE
			OPEN,       0, 2, TICKET_CANNOT_EXPIRE
			""")
	void theExpiryJobFlagsUnansweredTicketsOnceAndUnreadAnswersOnce(Where where, int flagged, int level, String outcome) {
		Situation situation = new Situation(where.status, flagged, where.queue, true, Set.of(Standing.SYSTEM));
		if (TicketStatus.fromLabel(outcome).isPresent()) {
			assertThat(TicketWorkflow.decide(situation, Move.EXPIRE, Request.expiry(level)))
				.isEqualTo(TicketStatus.fromLabel(outcome).get());
		}
		else {
			assertRefused(situation, Move.EXPIRE, Request.expiry(level), outcome);
		}
	}

	@Test
	void aRoundRobinQueueHandsATicketOutOnlyToSomeone() {
		assertRefused(new Situation(TicketStatus.OPEN_DISPATCH, 0, QUEUE, true, Set.of(Standing.SYSTEM)),
				Move.AUTO_ASSIGN, Request.NOTHING, "TICKET_AGENT_REQUIRED");
		assertThat(TicketWorkflow.decide(new Situation(TicketStatus.OPEN_DISPATCH, 0, QUEUE, true,
				Set.of(Standing.SYSTEM)), Move.AUTO_ASSIGN, Request.toAgent(UUID.randomUUID())))
			.isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void noAgentIsOfferedTheMovesOnlySwitchboardMakes() {
		Set<Standing> everyAgent = EnumSet.of(Standing.OWNER, Standing.CREATOR, Standing.QUEUE_MEMBER,
				Standing.MANAGER, Standing.CLIENT);
		for (Where where : Where.values()) {
			assertThat(TicketWorkflow.allowedMoves(new Situation(where.status, 0, where.queue, true, everyAgent)))
				.doesNotContain(Move.AUTO_ASSIGN, Move.EXPIRE);
		}
	}

	@Test
	void aReplyIsRecordedByAnyoneWhoSeesTheTicket() {
		assertThat(TicketWorkflow.decide(new Situation(TicketStatus.WAITING, 0, null, true, Set.of()),
				Move.CUSTOMER_REPLY, Request.text("The customer called back"))).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void onlyExpiredTicketsAreReposted() {
		assertRefused(new Situation(TicketStatus.OPEN, 0, null, true, ANYONE), Move.REPOST, EVERYTHING,
				"TICKET_CANNOT_REPOST");
	}

	@Test
	void aTicketWithoutACreatorCannotBeReturned() {
		assertRefused(new Situation(TicketStatus.OPEN_DISPATCH, 0, QUEUE, false, ANYONE), Move.RETURN, EVERYTHING,
				"TICKET_RETURN_NO_CREATOR");
	}

	@ParameterizedTest(name = "{0} + {1} without {2} -> {3}")
	@CsvSource(textBlock = """
			OPEN,       DISPATCH,       queue,      TICKET_QUEUE_REQUIRED
			DISPATCHED, FORWARD,        queue,      TICKET_QUEUE_REQUIRED
			DISPATCHED, FORWARD,        otherQueue, TICKET_FORWARD_SAME_QUEUE
			DISPATCHED, FORWARD,        text,       TICKET_COMMENT_REQUIRED
			DISPATCHED, RETURN,         text,       TICKET_REASON_REQUIRED
			OPEN,       ANSWER,         text,       TICKET_ANSWER_REQUIRED
			WAITING,    CUSTOMER_REPLY, text,       TICKET_REPLY_REQUIRED
			OPEN,       CLOSE,          resolution, TICKET_RESOLUTION_REQUIRED
			RETURNED,   RECREATE,       resolution, TICKET_RESOLUTION_REQUIRED
			RETURNED,   RECREATE,       category,   TICKET_CATEGORY_REQUIRED
			OPEN,       ASSIGN,         agent,      TICKET_AGENT_REQUIRED
			OPEN,       REPOST,         queue,      TICKET_QUEUE_REQUIRED
			""")
	void movesWithoutWhatTheyNeedAreRefused(Where where, Move move, String missing, String code) {
		Request r = EVERYTHING;
		r = switch (missing) {
			case "queue" -> new Request(null, r.text(), r.resolutionCode(), r.agentId(), r.categoryCode(), 2);
			case "otherQueue" -> new Request(QUEUE, r.text(), r.resolutionCode(), r.agentId(), r.categoryCode(), 2);
			case "text" -> new Request(r.queueId(), "  ", r.resolutionCode(), r.agentId(), r.categoryCode(), 2);
			case "resolution" -> new Request(r.queueId(), r.text(), null, r.agentId(), r.categoryCode(), 2);
			case "category" -> new Request(r.queueId(), r.text(), r.resolutionCode(), r.agentId(), "", 2);
			case "agent" -> new Request(r.queueId(), r.text(), r.resolutionCode(), null, r.categoryCode(), 2);
			default -> throw new IllegalArgumentException(missing);
		};
		assertRefused(new Situation(where.status, 1, where.queue, true, ANYONE), move, r, code);
	}

	private static void assertRefused(Situation situation, Move move, Request request, String code) {
		assertThatThrownBy(() -> TicketWorkflow.decide(situation, move, request))
			.isInstanceOfSatisfying(SwitchboardException.class, e -> assertThat(e.code()).isEqualTo(code));
	}
}
