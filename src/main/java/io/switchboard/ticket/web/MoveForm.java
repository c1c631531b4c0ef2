package io.switchboard.ticket.web;

import io.switchboard.ticket.Move;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What the agent filled in for one move on the ticket page, as posted to
 * {@code /tickets/{number}/moves/{move}}; values arrive trimmed, blanks as null. {@code version} is the
 * version of the ticket the page showed. Every record names its fields as the page does ({@code queueId},
 * {@code text}, {@code resolutionCode}, {@code agentId}, {@code categoryCode}), so a refusal, from here
 * or from the workflow, comes back next to the field it is about.
 */
sealed interface MoveForm {

	Long version();

	Move move();

	/** An empty form for the move the agent picked. */
	static MoveForm blank(Move move) {
		return switch (move) {
			case TAKE -> new Take(null);
			case DISPATCH -> new Dispatch(null, null, null);
			case FORWARD -> new Forward(null, null, null);
			case RETURN -> new Return(null, null);
			case ANSWER -> new Answer(null, null);
			case CUSTOMER_REPLY -> new CustomerReply(null, null);
			case CLOSE -> new Close(null, null, null);
			case RECREATE -> new Recreate(null, null, null);
			case ASSIGN -> new Assign(null, null);
			case REPOST -> new Repost(null, null);
			case UPDATE, AUTO_ASSIGN, EXPIRE -> throw new IllegalArgumentException(move + " has no move form");
		};
	}

	record Take(Long version) implements MoveForm {

		public Move move() {
			return Move.TAKE;
		}
	}

	record Dispatch(Long version, @NotNull(message = "{error.TICKET_QUEUE_REQUIRED}") UUID queueId,
			@Size(max = 4000, message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.DISPATCH;
		}
	}

	record Forward(Long version, @NotNull(message = "{error.TICKET_QUEUE_REQUIRED}") UUID queueId,
			@NotBlank(message = "{error.TICKET_COMMENT_REQUIRED}") @Size(max = 4000,
					message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.FORWARD;
		}
	}

	record Return(Long version, @NotBlank(message = "{error.TICKET_REASON_REQUIRED}") @Size(max = 4000,
			message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.RETURN;
		}
	}

	record Answer(Long version, @NotBlank(message = "{error.TICKET_ANSWER_REQUIRED}") @Size(max = 4000,
			message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.ANSWER;
		}
	}

	record CustomerReply(Long version, @NotBlank(message = "{error.TICKET_REPLY_REQUIRED}") @Size(max = 4000,
			message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.CUSTOMER_REPLY;
		}
	}

	record Close(Long version, @NotBlank(message = "{error.TICKET_RESOLUTION_REQUIRED}") String resolutionCode,
			@Size(max = 4000, message = "{ticket.form.error.tooLong}") String text) implements MoveForm {

		public Move move() {
			return Move.CLOSE;
		}
	}

	record Recreate(Long version, @NotBlank(message = "{error.TICKET_RESOLUTION_REQUIRED}") String resolutionCode,
			@NotBlank(message = "{error.TICKET_CATEGORY_REQUIRED}") String categoryCode) implements MoveForm {

		public Move move() {
			return Move.RECREATE;
		}
	}

	record Assign(Long version, @NotNull(message = "{error.TICKET_AGENT_REQUIRED}") UUID agentId) implements MoveForm {

		public Move move() {
			return Move.ASSIGN;
		}
	}

	record Repost(Long version, @NotNull(message = "{error.TICKET_QUEUE_REQUIRED}") UUID queueId) implements MoveForm {

		public Move move() {
			return Move.REPOST;
		}
	}
}
