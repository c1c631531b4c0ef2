package io.switchboard.ticket.domain;

import io.switchboard.shared.Actor;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import io.switchboard.ticket.domain.TicketWorkflow.Request;
import io.switchboard.ticket.domain.TicketWorkflow.Situation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket (task): what someone asked us to do for a customer. It is born OPEN in its creator's
 * folder, or dispatched at once to a queue (OPEN-DISPATCH). A queue member takes it (OPEN, in the
 * taker's folder), forwards it to another queue with a comment (OPEN-FORWARDED), or returns it to
 * the creator with a reason (OPEN-REJECT RETURN, flagged in the creator's folder). Its owner answers
 * the customer (WAITING); the customer's reply brings it back OPEN to the agent who answered. It
 * ends CLOSED with a resolution code. The expiry job flags it Expired 1 when nobody answered for the
 * partner's number of days, Expired 2 when the customer neither read nor closed the answer; managers
 * then reassign, repost or close it. Each move is decided by {@link TicketWorkflow} and returns the
 * history line to write with it.
 */
@Entity
@Table(name = "ticket")
class Ticket {

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

	protected Ticket() {
	}

	Ticket(UUID id, String number, UUID customerId, UUID partnerId, UUID billingAccountId, UUID lineId,
			Category category, Priority priority, Channel channel, String subject, String content, Actor actor,
			Instant now, UUID previousId) {
		this.id = id;
		this.number = number;
		this.customerId = customerId;
		this.partnerId = partnerId;
		this.billingAccountId = billingAccountId;
		this.lineId = lineId;
		this.categoryId = category.id();
		this.priority = priority;
		this.channel = channel;
		this.subject = subject;
		this.content = content;
		this.status = TicketStatus.OPEN;
		this.creatorId = actor.agentId();
		this.createdBy = actor.username();
		this.ownerId = actor.agentId();
		this.viewedByOwner = true;
		this.clockStartedAt = now;
		this.previousId = previousId;
		this.createdAt = now;
		this.dueAt = now.plusSeconds(3600L * category.view().slaHours(priority));
		touch(actor, now);
	}

	/** A history line for what just happened, from the state before it. */
	record Before(TicketStatus status, UUID queueId, UUID ownerId) {
	}

	Before before() {
		return new Before(status, queueId, ownerId);
	}

	Situation situation(Set<Standing> standing) {
		return new Situation(status, expiry, queueId, creatorId != null, standing);
	}

	void dispatch(Set<Standing> standing, UUID queue, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.DISPATCH, Request.toQueue(queue, null));
		toQueue(TicketStatus.OPEN_DISPATCH, queue);
		touch(actor, now);
	}

	void forward(Set<Standing> standing, UUID queue, String comment, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.FORWARD, Request.toQueue(queue, comment));
		toQueue(TicketStatus.OPEN_FORWARDED, queue);
		forwardCount++;
		touch(actor, now);
	}

	void returnToCreator(Set<Standing> standing, String reason, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.RETURN, Request.text(reason));
		status = TicketStatus.OPEN_REJECT_RETURN;
		queueId = null;
		ownerId = creatorId;
		viewedByOwner = false;
		returnReason = reason;
		returnCount++;
		touch(actor, now);
	}

	void answer(Set<Standing> standing, String answer, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.ANSWER, Request.text(answer));
		status = TicketStatus.WAITING;
		answeredBy = actor.agentId() != null ? actor.agentId() : ownerId;
		answeredAt = now;
		customerViewedAt = null;
		expiry = 0;
		clockStartedAt = now;
		touch(actor, now);
	}

	void customerReplied(Set<Standing> standing, String reply, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.CUSTOMER_REPLY, Request.text(reply));
		status = TicketStatus.OPEN;
		if (answeredBy != null) {
			viewedByOwner = ownerId != null && ownerId.equals(answeredBy) && answeredBy.equals(actor.agentId());
			ownerId = answeredBy;
		}
		expiry = 0;
		clockStartedAt = now;
		touch(actor, now);
	}

	void close(Set<Standing> standing, String resolution, Move move, String categoryCode, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), move, Request.recreate(resolution,
				move == Move.RECREATE ? categoryCode : "-"));
		status = TicketStatus.CLOSED;
		resolutionCode = resolution;
		closedAt = now;
		closedBy = actor.agentId();
		touch(actor, now);
	}

	void assign(Set<Standing> standing, UUID agentId, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.ASSIGN, Request.toAgent(agentId));
		status = TicketStatus.OPEN;
		ownerId = agentId;
		viewedByOwner = agentId.equals(actor.agentId());
		expiry = 0;
		clockStartedAt = now;
		touch(actor, now);
	}

	void repost(Set<Standing> standing, UUID queue, Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.REPOST, Request.toQueue(queue, null));
		toQueue(TicketStatus.OPEN_DISPATCH, queue);
		expiry = 0;
		clockStartedAt = now;
		touch(actor, now);
	}

	/** The queue's round-robin gives the ticket to a member (part of dispatching, forwarding or reposting). */
	void autoAssign(UUID agentId, Instant now) {
		status = TicketStatus.OPEN;
		ownerId = agentId;
		viewedByOwner = false;
		updatedAt = now;
	}

	void update(Set<Standing> standing, String newSubject, String newContent, Priority newPriority, Category category,
			Actor actor, Instant now) {
		TicketWorkflow.decide(situation(standing), Move.UPDATE, Request.NOTHING);
		subject = newSubject;
		content = newContent;
		priority = newPriority;
		categoryId = category.id();
		dueAt = createdAt.plusSeconds(3600L * category.view().slaHours(newPriority));
		touch(actor, now);
	}

	void expire(int level, Instant now) {
		expiry = level;
		updatedAt = now;
		updatedBy = "system";
	}

	void customerViewed(Instant now) {
		customerViewedAt = now;
	}

	private void toQueue(TicketStatus next, UUID queue) {
		status = next;
		queueId = queue;
		ownerId = null;
		viewedByOwner = false;
	}

	private void touch(Actor actor, Instant now) {
		updatedAt = now;
		updatedBy = actor.username();
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

	UUID answeredBy() {
		return answeredBy;
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
				answeredBy, answeredAt, customerViewedAt, returnReason, forwardCount, returnCount, resolutionCode,
				closedAt, previousId, dueAt, createdAt, updatedAt, updatedBy, version);
	}
}
