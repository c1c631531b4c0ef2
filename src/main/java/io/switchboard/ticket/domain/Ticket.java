package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketAnswered;
import io.switchboard.ticket.TicketAssigned;
import io.switchboard.ticket.TicketClosed;
import io.switchboard.ticket.TicketCommented;
import io.switchboard.ticket.TicketCreated;
import io.switchboard.ticket.TicketDispatched;
import io.switchboard.ticket.TicketExpired;
import io.switchboard.ticket.TicketForwarded;
import io.switchboard.ticket.TicketReopened;
import io.switchboard.ticket.TicketReturned;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketTaken;
import io.switchboard.ticket.TicketUpdated;
import io.switchboard.ticket.TicketView;
import io.switchboard.ticket.domain.TicketWorkflow.Request;
import io.switchboard.ticket.domain.TicketWorkflow.Situation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A ticket (task): what someone asked us to do for a customer, and everything that happened to it.
 * <p>
 * It is born OPEN in its creator's folder ({@link #open}), or dispatched at once to a queue. In a queue
 * (OPEN-DISPATCH) it waits for a member to take it (OPEN, in the taker's folder, still in its creator's
 * Open folder with the taker shown as owner); a round-robin queue hands it straight to the member whose
 * turn it is. A queue member forwards it to another queue with a comment (OPEN-FORWARDED), or returns
 * it to its creator with a reason (OPEN-REJECT RETURN, flagged in the creator's folder), who closes it
 * or closes it and re-creates it in the right category ({@link #recreate}, the new ticket linked to the
 * old). Its owner answers the customer (WAITING: answered, the customer's turn); the customer's reply
 * brings it back OPEN to the agent who answered, into that agent's Waiting folder, until the agent
 * answers again or it moves on. Owner, creator or a manager close it with a resolution code (CLOSED),
 * after which it only takes comments. Managers assign it to an agent and repost it to a queue once it
 * expired. The expiry job flags it Expired 1 when nobody answered for the partner's number of days, and
 * Expired 2 when the customer neither read nor closed the answer for as long.
 * <p>
 * Each of these is one method here. It asks {@link TicketWorkflow} whether the actor, standing as it
 * does to the ticket, may make the move now, takes the status the workflow decides, changes the rest of
 * its state, writes its line of history (a {@link TicketAction} it owns, saved with it) and registers
 * the {@link io.switchboard.ticket.TicketEvent} announcing it, which is published when the ticket is
 * saved and recorded in the same transaction. A refused move changes nothing. Two agents working on the
 * same ticket meet at its {@link Version}: the second save is refused.
 */
@Entity
@Table(name = "ticket")
class Ticket extends AbstractAggregateRoot<Ticket> {

	@Id
	private UUID id;
	private String number;
	private UUID customerId;
	private UUID partnerId;
	private UUID billingAccountId;
	private UUID lineId;
	private UUID categoryId;
	@Enumerated(EnumType.STRING)
	private Priority priority;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	private String subject;
	private String content;
	private TicketStatus status;
	private int expiry;
	private UUID creatorId;
	private String createdBy;
	private UUID ownerId;
	private UUID queueId;
	private boolean viewedByOwner;
	private UUID answeredBy;
	private Instant answeredAt;
	private Instant customerViewedAt;
	/** Set when the customer replied to an answer; cleared when the ticket moves on (Waiting folder). */
	private Instant customerRepliedAt;
	/** Since when the expiry job counts: creation, the last answer, reply, assignment or repost. */
	private Instant clockStartedAt;
	private String returnReason;
	private int forwardCount;
	private int returnCount;
	private String resolutionCode;
	private Instant closedAt;
	private UUID closedBy;
	private UUID previousId;
	private Instant dueAt;
	private Instant createdAt;
	private Instant updatedAt;
	private String updatedBy;
	@Version
	private long version;

	// Lines of history and comments are added, never read, by the moves: the collections stay unloaded
	// (inverse, so an addition is queued), and they do not count as a change of the ticket (a comment
	// must not make another agent's page stale).
	@OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
	@OptimisticLock(excluded = true)
	private List<TicketAction> history = new ArrayList<>();

	@OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
	@OptimisticLock(excluded = true)
	private List<TicketComment> comments = new ArrayList<>();

	@Transient
	private boolean born;

	protected Ticket() {
	}

	/** What a ticket is opened with. */
	record Opening(UUID customerId, UUID partnerId, UUID billingAccountId, UUID lineId, Category category,
			Priority priority, Channel channel, String subject, String content) {
	}

	private Ticket(String number, Opening opening, Actor actor, Instant now, UUID previousId) {
		this.id = Ids.next();
		this.born = true;
		this.number = number;
		this.customerId = opening.customerId();
		this.partnerId = opening.partnerId();
		this.billingAccountId = opening.billingAccountId();
		this.lineId = opening.lineId();
		this.categoryId = opening.category().id();
		this.priority = opening.priority();
		this.channel = opening.channel();
		this.subject = opening.subject();
		this.content = opening.content();
		this.status = TicketStatus.OPEN;
		this.creatorId = actor.agentId();
		this.createdBy = actor.username();
		this.ownerId = actor.agentId();
		this.viewedByOwner = true;
		this.clockStartedAt = now;
		this.previousId = previousId;
		this.createdAt = now;
		this.dueAt = now.plusSeconds(3600L * opening.category().slaHours(opening.priority()));
	}

	/**
	 * A new ticket, OPEN in its creator's folder, or dispatched at once when {@code queue} is given (the
	 * creator may always dispatch what it creates). Its history starts with CREATED; it announces
	 * {@link TicketCreated}.
	 */
	static Ticket open(String number, Opening opening, UUID queue, Actor actor, Instant now) {
		return born(number, opening, queue, actor, now, null, null);
	}

	private static Ticket born(String number, Opening opening, UUID queue, Actor actor, Instant now, Ticket previous,
			String comment) {
		Ticket ticket = new Ticket(number, opening, actor, now, previous == null ? null : previous.id);
		Before nothing = new Before(null, null, null);
		if (queue != null) {
			ticket.status = ticket.decide(EnumSet.of(Standing.CREATOR, Standing.CLIENT), Move.DISPATCH,
					Request.toQueue(queue, null));
			ticket.toQueue(queue);
		}
		ticket.recorded(nothing, "CREATED", comment, actor, now);
		ticket.registerEvent(new TicketCreated(ticket.id, ticket.number, ticket.customerId, ticket.partnerId,
				actor.username(), now, actor.agentId(), queue));
		return ticket;
	}

	/** The ticket as it stood before a move: the "from" of its line of history. */
	private record Before(TicketStatus status, UUID queueId, UUID ownerId) {
	}

	private Before before() {
		return new Before(status, queueId, ownerId);
	}

	Situation situation(Set<Standing> standing) {
		return new Situation(status, expiry, queueId, creatorId != null, standing);
	}

	private TicketStatus decide(Set<Standing> standing, Move move, Request request) {
		return TicketWorkflow.decide(situation(standing), move, request);
	}

	/** Sends the ticket to a queue to be taken there: OPEN-DISPATCH. */
	void dispatch(Set<Standing> standing, UUID queue, String comment, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.DISPATCH, Request.toQueue(queue, comment));
		toQueue(queue);
		recorded(before, "DISPATCHED", comment, actor, now);
		registerEvent(new TicketDispatched(id, number, customerId, partnerId, actor.username(), now, queueId));
	}

	/** A queue member takes the ticket: OPEN, in the taker's folder (and still in its creator's). */
	void take(Set<Standing> standing, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.TAKE, Request.NOTHING);
		ownerId = actor.agentId();
		viewedByOwner = true;
		recorded(before, "TAKEN", null, actor, now);
		registerEvent(new TicketTaken(id, number, customerId, partnerId, actor.username(), now, queueId,
				actor.agentId()));
	}

	/** To another queue, saying why: OPEN-FORWARDED. */
	void forward(Set<Standing> standing, UUID queue, String comment, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.FORWARD, Request.toQueue(queue, comment));
		toQueue(queue);
		forwardCount++;
		recorded(before, "FORWARDED", comment, actor, now);
		registerEvent(new TicketForwarded(id, number, customerId, partnerId, actor.username(), now, before.queueId(),
				queueId, comment));
	}

	/** Back to its creator with the reason: OPEN-REJECT RETURN, flagged in the creator's folder. */
	void returnToCreator(Set<Standing> standing, String reason, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.RETURN, Request.text(reason));
		queueId = null;
		ownerId = creatorId;
		viewedByOwner = false;
		customerRepliedAt = null;
		returnReason = reason;
		returnCount++;
		recorded(before, "RETURNED", reason, actor, now);
		registerEvent(new TicketReturned(id, number, customerId, partnerId, actor.username(), now, before.queueId(),
				creatorId, reason));
	}

	/** The owner answered the customer: WAITING for the customer, in the answerer's Answered folder. */
	void answer(Set<Standing> standing, String answer, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.ANSWER, Request.text(answer));
		answeredBy = actor.agentId() != null ? actor.agentId() : ownerId;
		answeredAt = now;
		customerViewedAt = null;
		customerRepliedAt = null;
		expiry = 0;
		clockStartedAt = now;
		recorded(before, "ANSWERED", answer, actor, now);
		registerEvent(new TicketAnswered(id, number, customerId, partnerId, actor.username(), now, answeredBy));
	}

	/**
	 * The customer replied (told any agent who sees the ticket, or through the API): OPEN again, with the
	 * agent who answered, in that agent's Waiting folder.
	 */
	void customerReplied(Set<Standing> standing, String reply, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.CUSTOMER_REPLY, Request.text(reply));
		if (answeredBy != null) {
			// the answerer has read the reply only when it recorded it itself
			viewedByOwner = Objects.equals(ownerId, answeredBy) && answeredBy.equals(actor.agentId());
			ownerId = answeredBy;
		}
		customerRepliedAt = now;
		expiry = 0;
		clockStartedAt = now;
		recorded(before, "CUSTOMER_REPLIED", reply, actor, now);
		registerEvent(new TicketReopened(id, number, customerId, partnerId, actor.username(), now, ownerId));
	}

	/** Closed with a resolution code (and an optional comment): CLOSED, in no folder. */
	void close(Set<Standing> standing, String resolution, String comment, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.CLOSE, Request.resolution(resolution));
		closed(resolution, actor, now);
		recorded(before, "CLOSED", comment, actor, now);
		registerEvent(new TicketClosed(id, number, customerId, partnerId, actor.username(), now, resolution));
	}

	/**
	 * A returned ticket closed and created again in the right category: answers the new ticket, OPEN in
	 * the actor's folder and linked to this one, each naming the other in its history. The new number
	 * is drawn only once the move is allowed.
	 */
	Ticket recreate(Set<Standing> standing, String resolution, Category category, Supplier<String> numbers,
			Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.RECREATE, Request.recreate(resolution, category == null ? null : category.code()));
		String freshNumber = numbers.get();
		closed(resolution, actor, now);
		recorded(before, "CLOSED", freshNumber, actor, now);
		registerEvent(new TicketClosed(id, number, customerId, partnerId, actor.username(), now, resolution));
		return born(freshNumber, new Opening(customerId, partnerId, billingAccountId, lineId, category, priority,
				channel, subject, content), null, actor, now, this, number);
	}

	/** A manager gives the ticket to an agent: OPEN, new in that agent's folder. */
	void assign(Set<Standing> standing, UUID agentId, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.ASSIGN, Request.toAgent(agentId));
		ownerId = agentId;
		viewedByOwner = agentId.equals(actor.agentId());
		customerRepliedAt = null;
		expiry = 0;
		clockStartedAt = now;
		recorded(before, "ASSIGNED", null, actor, now);
		registerEvent(new TicketAssigned(id, number, customerId, partnerId, actor.username(), now, agentId, queueId));
	}

	/** A manager puts an expired ticket back in a queue: OPEN-DISPATCH, the expiry flag cleared. */
	void repost(Set<Standing> standing, UUID queue, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.REPOST, Request.toQueue(queue, null));
		toQueue(queue);
		expiry = 0;
		clockStartedAt = now;
		recorded(before, "REPOSTED", null, actor, now);
		registerEvent(new TicketDispatched(id, number, customerId, partnerId, actor.username(), now, queueId));
	}

	/** The queue's round-robin hands the ticket that just arrived to the member whose turn it is: OPEN. */
	void autoAssign(UUID agentId, Instant now) {
		Before before = before();
		status = decide(EnumSet.of(Standing.SYSTEM), Move.AUTO_ASSIGN, Request.toAgent(agentId));
		ownerId = agentId;
		viewedByOwner = false;
		recorded(before, "AUTO_ASSIGNED", null, Actor.SYSTEM, now);
		registerEvent(new TicketAssigned(id, number, customerId, partnerId, Actor.SYSTEM.username(), now, agentId,
				queueId));
	}

	/** The expiry job flags the ticket Expired 1 (nobody answered) or 2 (the customer did not read the answer). */
	void expire(int level, Instant now) {
		Before before = before();
		status = decide(EnumSet.of(Standing.SYSTEM), Move.EXPIRE, Request.expiry(level));
		expiry = level;
		recorded(before, "EXPIRED_" + level, null, Actor.SYSTEM, now);
		registerEvent(new TicketExpired(id, number, customerId, partnerId, Actor.SYSTEM.username(), now, level));
	}

	/**
	 * Edits the subject, content, priority and category (the due time follows the category's SLA for the
	 * priority, from creation). Answers the names of the fields that changed; an edit that changes
	 * nothing is not recorded.
	 */
	List<String> update(Set<Standing> standing, String newSubject, String newContent, Priority newPriority,
			Category category, Actor actor, Instant now) {
		Before before = before();
		status = decide(standing, Move.UPDATE, Request.NOTHING);
		List<String> fields = new ArrayList<>();
		if (!newSubject.equals(subject)) {
			fields.add("subject");
		}
		if (!newContent.equals(content)) {
			fields.add("content");
		}
		if (newPriority != priority) {
			fields.add("priority");
		}
		if (!category.id().equals(categoryId)) {
			fields.add("category");
		}
		if (fields.isEmpty()) {
			return fields;
		}
		subject = newSubject;
		content = newContent;
		priority = newPriority;
		categoryId = category.id();
		dueAt = createdAt.plusSeconds(3600L * category.slaHours(newPriority));
		recorded(before, "UPDATED", String.join(", ", fields), actor, now);
		registerEvent(new TicketUpdated(id, number, customerId, partnerId, actor.username(), now, List.copyOf(fields)));
		return fields;
	}

	/**
	 * A comment, on a ticket in any status (a closed one too). Not a move: the status, the version and
	 * the last update stay as they are; the history notes it and {@link TicketCommented} announces it.
	 */
	TicketComment comment(String body, Actor actor, Instant now) {
		TicketComment comment = new TicketComment(this, now, actor, body);
		comments.add(comment);
		history.add(new TicketAction(this, now, actor, "COMMENTED", status, queueId, ownerId, null));
		registerEvent(new TicketCommented(id, number, customerId, partnerId, actor.username(), now, comment.id()));
		return comment;
	}

	/** The customer read the answer (portal, API): a WAITING ticket is then not Expired 2. Not a move. */
	void customerViewed(Instant now) {
		customerViewedAt = now;
	}

	private void toQueue(UUID queue) {
		queueId = queue;
		ownerId = null;
		viewedByOwner = false;
		customerRepliedAt = null;
	}

	private void closed(String resolution, Actor actor, Instant now) {
		resolutionCode = resolution;
		closedAt = now;
		closedBy = actor.agentId();
		customerRepliedAt = null;
	}

	/** The move is made: who and when, and its line of history from {@code before} to now. */
	private void recorded(Before before, String action, String comment, Actor actor, Instant now) {
		updatedAt = now;
		updatedBy = actor.username();
		history.add(new TicketAction(this, now, actor, action, before.status(), before.queueId(), before.ownerId(),
				comment));
	}

	/** The events its moves registered, not yet published (they are, when the ticket is saved). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	/** Its history as the moves wrote it; reads every line of a ticket that was loaded. */
	List<io.switchboard.ticket.TicketActionView> history() {
		return history.stream().map(TicketAction::view).toList();
	}

	/** True until the ticket is first saved: saving it then inserts it. */
	boolean isNew() {
		return born;
	}

	@PostPersist
	@PostLoad
	void stored() {
		born = false;
	}

	UUID id() {
		return id;
	}

	String number() {
		return number;
	}

	UUID customerId() {
		return customerId;
	}

	UUID partnerId() {
		return partnerId;
	}

	UUID categoryId() {
		return categoryId;
	}

	TicketStatus status() {
		return status;
	}

	UUID ownerId() {
		return ownerId;
	}

	UUID creatorId() {
		return creatorId;
	}

	UUID queueId() {
		return queueId;
	}

	String subject() {
		return subject;
	}

	String content() {
		return content;
	}

	Priority priority() {
		return priority;
	}

	long version() {
		return version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	TicketView view(String categoryCode) {
		return new TicketView(id, number, customerId, partnerId, billingAccountId, lineId, categoryCode, priority,
				channel, subject, content, status, expiry, creatorId, createdBy, ownerId, queueId, viewedByOwner,
				answeredBy, answeredAt, customerViewedAt, customerRepliedAt, returnReason, forwardCount, returnCount,
				resolutionCode, closedAt, previousId, dueAt, createdAt, updatedAt, updatedBy, version);
	}
}
