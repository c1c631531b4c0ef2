package io.switchboard.ticket;

import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tickets for the desk, other modules and the TMF621 API. Reads are bounded by the partner scope: a
 * ticket outside it is not found (TICKET_NOT_FOUND), exactly like one that does not exist. Every move
 * is decided by the workflow (refusals carry a code with a message in the agent's language), writes
 * its history row in the same transaction and publishes one event. {@code version} is the version
 * the actor saw: when someone else changed the ticket since, the move is refused with
 * {@code ChangedBySomeoneElse} (TICKET_CHANGED_BY_SOMEONE_ELSE); null skips that check (the API's
 * merge-patch without an ETag). An actor without an agent id is an API client.
 */
public interface TicketApi {

	/** Creates a ticket (OPEN in the creator's folder), dispatched at once when {@code queueId} is set. */
	TicketView create(NewTicket ticket, Actor actor);

	Optional<TicketView> find(String number, PartnerScope scope);

	/** The ticket, or {@code NotFoundException} (TICKET_NOT_FOUND). */
	TicketView get(String number, PartnerScope scope);

	/** Every ticket of the customer, most recently updated first. */
	List<TicketView> ofCustomer(UUID customerId, PartnerScope scope);

	/** The history, oldest first. */
	List<TicketActionView> history(String number, PartnerScope scope);

	/** The comments, oldest first. */
	List<TicketCommentView> comments(String number, PartnerScope scope);

	/**
	 * The tickets with these numbers that the scope allows, in the order of {@code numbers}, read at
	 * once (for a page of an API list); unknown numbers and others' tickets are left out.
	 */
	List<TicketView> findAll(List<String> numbers, PartnerScope scope);

	/** The history of each of these tickets (already read within the caller's scope), oldest first. */
	Map<UUID, List<TicketActionView>> histories(Collection<TicketView> tickets);

	/** The comments of each of these tickets (already read within the caller's scope), oldest first. */
	Map<UUID, List<TicketCommentView>> comments(Collection<TicketView> tickets);

	/** The readable numbers of the tickets these re-created (their {@code previousId}), by id. */
	Map<UUID, String> previousNumbers(Collection<TicketView> tickets);

	/** The moves the actor may make on the ticket now. */
	Set<Move> allowedMoves(String number, Actor actor);

	TicketView dispatch(String number, Long version, UUID queueId, String comment, Actor actor);

	/** Takes a queued ticket; of two agents taking it at once exactly one wins, the other is told who did (TICKET_ALREADY_TAKEN). */
	TicketView take(String number, Long version, Actor actor);

	TicketView forward(String number, Long version, UUID queueId, String comment, Actor actor);

	TicketView returnToCreator(String number, Long version, String reason, Actor actor);

	/** The owner answered the customer: WAITING. */
	TicketView answer(String number, Long version, String answer, Actor actor);

	/** The customer replied (told an agent, or through the API): OPEN again with the agent who answered. */
	TicketView customerReplied(String number, Long version, String reply, Actor actor);

	/** The customer read the answer (portal, API): a WAITING ticket is then not Expired 2. No event, no history. */
	void customerViewed(String number, Actor actor);

	TicketView close(String number, Long version, String resolutionCode, String comment, Actor actor);

	/** Closes a returned ticket and creates it again in the right category; answers the new ticket. */
	TicketView recreate(String number, Long version, String resolutionCode, String categoryCode, Actor actor);

	/** A manager gives the ticket to an agent: OPEN in that agent's folder. */
	TicketView assign(String number, Long version, UUID agentId, Actor actor);

	/** A manager puts an expired ticket back in a queue: OPEN-DISPATCH, expiry cleared. */
	TicketView repost(String number, Long version, UUID queueId, Actor actor);

	TicketView update(String number, Long version, TicketChange change, Actor actor);

	TicketCommentView comment(String number, String body, Actor actor);

	/**
	 * The actor's folders (New to Closed, as the ticket pages count them) and then the queues it belongs
	 * to, each with how many tickets it holds now, in the order the ticket pages list them.
	 */
	List<TicketFolderCount> folders(Actor actor);
}
