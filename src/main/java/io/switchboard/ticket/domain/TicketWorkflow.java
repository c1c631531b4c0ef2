package io.switchboard.ticket.domain;

import io.switchboard.ticket.Move;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.shared.SwitchboardException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The ticket workflow: which move is allowed from which status, to whom, with what, and where it
 * leads. Every other move is refused with a code whose message tells the agent what is wrong.
 * <p>
 * A ticket is born OPEN in its creator's folder. Dispatching puts it in a queue (OPEN-DISPATCH); a
 * member takes it (OPEN, the taker owns it), forwards it to another queue with a comment
 * (OPEN-FORWARDED) or returns it to the creator with a reason (OPEN-REJECT RETURN). The owner
 * answers the customer (WAITING); the customer's reply makes it OPEN again with the agent who
 * answered. Owner, creator or a manager close it with a resolution code (CLOSED); a returned ticket
 * can be closed and re-created in the right category. Managers assign tickets to agents and repost
 * expired ones to a queue. Switchboard itself makes two moves nobody else may: a round-robin queue hands
 * a ticket that arrives to the member whose turn it is (OPEN), and the expiry job flags a ticket nobody
 * answered in time (Expired 1) or whose answer the customer never read (Expired 2). Nothing happens to a
 * CLOSED ticket.
 */
public final class TicketWorkflow {

	private static final Set<Standing> OWNER_CREATOR_MANAGER = EnumSet.of(Standing.OWNER, Standing.CREATOR,
			Standing.MANAGER, Standing.CLIENT);

	private TicketWorkflow() {
	}

	/** The ticket as the workflow sees it. */
	public record Situation(TicketStatus status, int expiry, UUID queueId, boolean hasCreator, Set<Standing> standing) {

		public Situation {
			standing = standing.isEmpty() ? EnumSet.noneOf(Standing.class) : EnumSet.copyOf(standing);
		}

		boolean is(Standing s) {
			return standing.contains(s);
		}

		boolean anyOf(Set<Standing> set) {
			return standing.stream().anyMatch(set::contains);
		}
	}

	/**
	 * What the actor gives with the move: a queue, a text (comment, reason, answer), a resolution code,
	 * an agent, a category, or the expiry level (1 or 2) the job flags.
	 */
	public record Request(UUID queueId, String text, String resolutionCode, UUID agentId, String categoryCode,
			int expiryLevel) {

		public static final Request NOTHING = new Request(null, null, null, null, null, 0);

		public static Request toQueue(UUID queueId, String text) {
			return new Request(queueId, text, null, null, null, 0);
		}

		public static Request text(String text) {
			return new Request(null, text, null, null, null, 0);
		}

		public static Request resolution(String code) {
			return new Request(null, null, code, null, null, 0);
		}

		public static Request toAgent(UUID agentId) {
			return new Request(null, null, null, agentId, null, 0);
		}

		public static Request recreate(String resolutionCode, String categoryCode) {
			return new Request(null, null, resolutionCode, null, categoryCode, 0);
		}

		public static Request expiry(int level) {
			return new Request(null, null, null, null, null, level);
		}
	}

	/** The status the move leads to; refused with a {@link SwitchboardException} when it is not allowed. */
	public static TicketStatus decide(Situation s, Move move, Request r) {
		allowed(s, move);
		return switch (move) {
			case DISPATCH -> {
				need(r.queueId() != null, "TICKET_QUEUE_REQUIRED");
				yield TicketStatus.OPEN_DISPATCH;
			}
			case TAKE -> TicketStatus.OPEN;
			case FORWARD -> {
				need(r.queueId() != null, "TICKET_QUEUE_REQUIRED");
				if (r.queueId().equals(s.queueId())) {
					throw new SwitchboardException("TICKET_FORWARD_SAME_QUEUE");
				}
				if (blank(r.text())) {
					throw new SwitchboardException("TICKET_COMMENT_REQUIRED");
				}
				yield TicketStatus.OPEN_FORWARDED;
			}
			case RETURN -> {
				if (blank(r.text())) {
					throw new SwitchboardException("TICKET_REASON_REQUIRED");
				}
				yield TicketStatus.OPEN_REJECT_RETURN;
			}
			case ANSWER -> {
				if (blank(r.text())) {
					throw new SwitchboardException("TICKET_ANSWER_REQUIRED");
				}
				yield TicketStatus.WAITING;
			}
			case CUSTOMER_REPLY -> {
				if (blank(r.text())) {
					throw new SwitchboardException("TICKET_REPLY_REQUIRED");
				}
				yield TicketStatus.OPEN;
			}
			case CLOSE -> {
				if (blank(r.resolutionCode())) {
					throw new SwitchboardException("TICKET_RESOLUTION_REQUIRED");
				}
				yield TicketStatus.CLOSED;
			}
			case RECREATE -> {
				if (blank(r.resolutionCode())) {
					throw new SwitchboardException("TICKET_RESOLUTION_REQUIRED");
				}
				if (blank(r.categoryCode())) {
					throw new SwitchboardException("TICKET_CATEGORY_REQUIRED");
				}
				yield TicketStatus.CLOSED;
			}
			case ASSIGN -> {
				if (r.agentId() == null) {
					throw new SwitchboardException("TICKET_AGENT_REQUIRED");
				}
				yield TicketStatus.OPEN;
			}
			case REPOST -> {
				need(r.queueId() != null, "TICKET_QUEUE_REQUIRED");
				yield TicketStatus.OPEN_DISPATCH;
			}
			case UPDATE -> s.status();
			case AUTO_ASSIGN -> {
				if (r.agentId() == null) {
					throw new SwitchboardException("TICKET_AGENT_REQUIRED");
				}
				yield TicketStatus.OPEN;
			}
			case EXPIRE -> {
				// Expired 1: nobody answered (an open ticket, not flagged yet); Expired 2: the customer
				// neither read nor closed the answer (a waiting ticket, not flagged 2 yet)
				boolean first = r.expiryLevel() == 1 && s.status() != TicketStatus.WAITING && s.expiry() == 0;
				boolean second = r.expiryLevel() == 2 && s.status() == TicketStatus.WAITING && s.expiry() < 2;
				if (!first && !second) {
					throw new SwitchboardException("TICKET_CANNOT_EXPIRE", r.expiryLevel(), s.status());
				}
				yield s.status();
			}
		};
	}

	/** The moves this actor may make now (what the ticket page offers as buttons). */
	public static Set<Move> allowedMoves(Situation s) {
		Set<Move> moves = EnumSet.noneOf(Move.class);
		for (Move move : Move.values()) {
			try {
				allowed(s, move);
				moves.add(move);
			}
			catch (SwitchboardException refused) {
				// not offered
			}
		}
		return moves;
	}

	/**
	 * Refuses the move when the ticket's status or the actor's standing does not allow it. A refusal names the
	 * status as the {@link TicketStatus} itself: the API reads its code, the desk its name in the agent's language.
	 */
	static void allowed(Situation s, Move move) {
		if (s.status() == TicketStatus.CLOSED) {
			throw new SwitchboardException("TICKET_ALREADY_CLOSED");
		}
		boolean queued = s.status().queued();
		boolean takenFromQueue = s.status() == TicketStatus.OPEN && s.queueId() != null;
		switch (move) {
			case DISPATCH -> {
				if (s.status() != TicketStatus.OPEN) {
					throw new SwitchboardException("TICKET_CANNOT_DISPATCH", s.status());
				}
				standing(s, OWNER_CREATOR_MANAGER, "TICKET_NOT_OWNER");
			}
			case TAKE -> {
				if (!queued) {
					throw new SwitchboardException("TICKET_CANNOT_TAKE", s.status());
				}
				if (!s.is(Standing.QUEUE_MEMBER)) {
					throw new SwitchboardException("TICKET_TAKE_NOT_MEMBER");
				}
			}
			case FORWARD, RETURN -> {
				if (!queued && !takenFromQueue) {
					throw move == Move.FORWARD
							? new SwitchboardException("TICKET_CANNOT_FORWARD", s.status())
							: new SwitchboardException("TICKET_CANNOT_RETURN", s.status());
				}
				Set<Standing> who = queued ? EnumSet.of(Standing.QUEUE_MEMBER, Standing.MANAGER, Standing.CLIENT)
						: EnumSet.of(Standing.OWNER, Standing.MANAGER, Standing.CLIENT);
				standing(s, who, "TICKET_NOT_QUEUE_WORKER");
				if (move == Move.RETURN && !s.hasCreator()) {
					throw new SwitchboardException("TICKET_RETURN_NO_CREATOR");
				}
			}
			case ANSWER -> {
				if (s.status() != TicketStatus.OPEN) {
					throw new SwitchboardException("TICKET_CANNOT_ANSWER", s.status());
				}
				standing(s, EnumSet.of(Standing.OWNER, Standing.MANAGER, Standing.CLIENT), "TICKET_NOT_OWNER_ANSWER");
			}
			case CUSTOMER_REPLY -> {
				if (s.status() != TicketStatus.WAITING) {
					throw new SwitchboardException("TICKET_CANNOT_REPLY", s.status());
				}
			}
			case CLOSE -> standing(s, OWNER_CREATOR_MANAGER, "TICKET_NOT_OWNER");
			case RECREATE -> {
				if (s.status() != TicketStatus.OPEN_REJECT_RETURN) {
					throw new SwitchboardException("TICKET_CANNOT_RECREATE", s.status());
				}
				standing(s, OWNER_CREATOR_MANAGER, "TICKET_NOT_OWNER");
			}
			case ASSIGN -> standing(s, EnumSet.of(Standing.MANAGER, Standing.CLIENT), "TICKET_MANAGERS_ONLY");
			case REPOST -> {
				if (s.expiry() == 0) {
					throw new SwitchboardException("TICKET_CANNOT_REPOST");
				}
				standing(s, EnumSet.of(Standing.MANAGER, Standing.CLIENT), "TICKET_MANAGERS_ONLY");
			}
			case UPDATE -> standing(s, OWNER_CREATOR_MANAGER, "TICKET_NOT_OWNER");
			case AUTO_ASSIGN -> {
				if (!queued) {
					throw new SwitchboardException("TICKET_CANNOT_AUTO_ASSIGN", s.status());
				}
				standing(s, EnumSet.of(Standing.SYSTEM), "TICKET_SYSTEM_ONLY");
			}
			case EXPIRE -> standing(s, EnumSet.of(Standing.SYSTEM), "TICKET_SYSTEM_ONLY");
		}
	}

	private static void standing(Situation s, Set<Standing> who, String code) {
		if (!s.anyOf(who)) {
			throw new SwitchboardException(code);
		}
	}

	private static void need(boolean condition, String code) {
		if (!condition) {
			throw new SwitchboardException(code);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
