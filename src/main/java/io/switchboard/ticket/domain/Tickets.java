package io.switchboard.ticket.domain;

import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineSummary;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.ConflictException;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.NewTicket;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketAnswered;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketAssigned;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketClosed;
import io.switchboard.ticket.TicketCommentView;
import io.switchboard.ticket.TicketCommented;
import io.switchboard.ticket.TicketCreated;
import io.switchboard.ticket.TicketDispatched;
import io.switchboard.ticket.TicketEvent;
import io.switchboard.ticket.TicketExpired;
import io.switchboard.ticket.TicketFolderCount;
import io.switchboard.ticket.TicketForwarded;
import io.switchboard.ticket.TicketReopened;
import io.switchboard.ticket.TicketReturned;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketTaken;
import io.switchboard.ticket.TicketUpdated;
import io.switchboard.ticket.TicketView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets' application service: loads a ticket within the actor's scope, works out how the actor
 * stands to it, lets the ticket make the move (the workflow decides), and writes the history line and
 * publishes the event in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Tickets implements TicketApi {

	static final int MAX_SUBJECT = 200;
	static final int MAX_CONTENT = 8000;
	static final int MAX_TEXT = 4000;

	private final TicketRepository tickets;
	private final TicketActionRepository actions;
	private final TicketCommentRepository comments;
	private final CategoryRepository categories;
	private final ResolutionRepository resolutions;
	private final QueueRepository queues;
	private final CustomerApi customers;
	private final LineApi lines;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final TicketFolders folders;

	@PersistenceContext
	private EntityManager entityManager;

	Tickets(TicketRepository tickets, TicketActionRepository actions, TicketCommentRepository comments,
			CategoryRepository categories, ResolutionRepository resolutions, QueueRepository queues,
			CustomerApi customers, LineApi lines, PartnerApi partners, AgentApi agents,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, TicketFolders folders) {
		this.tickets = tickets;
		this.actions = actions;
		this.comments = comments;
		this.categories = categories;
		this.resolutions = resolutions;
		this.queues = queues;
		this.customers = customers;
		this.lines = lines;
		this.partners = partners;
		this.agents = agents;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.folders = folders;
	}

	@Override
	@Transactional
	public TicketView create(NewTicket request, Actor actor) {
		CustomerHeader customer = customers.get(request.customerNumber(), actor.scope());
		if (request.billingAccountId() != null) {
			BillingAccountView account = customers.account(request.billingAccountId())
				.filter(a -> a.customerId().equals(customer.id()))
				.orElseThrow(() -> new SwitchboardException("TICKET_ACCOUNT_NOT_CUSTOMERS"));
			Objects.requireNonNull(account);
		}
		if (request.lineId() != null) {
			LineSummary line = lines.find(request.lineId(), actor.scope())
				.filter(l -> l.customerId().equals(customer.id()))
				.orElseThrow(() -> new SwitchboardException("TICKET_LINE_NOT_CUSTOMERS"));
			if (request.billingAccountId() != null && !request.billingAccountId().equals(line.billingAccountId())) {
				throw new SwitchboardException("TICKET_LINE_NOT_ON_ACCOUNT");
			}
		}
		Category category = activeCategory(request.categoryCode());
		if (request.priority() == null) {
			throw new SwitchboardException("TICKET_PRIORITY_REQUIRED");
		}
		if (request.channel() == null) {
			throw new SwitchboardException("TICKET_CHANNEL_REQUIRED");
		}
		String subject = text(request.subject(), MAX_SUBJECT, "TICKET_SUBJECT_REQUIRED");
		String content = text(request.content(), MAX_CONTENT, "TICKET_CONTENT_REQUIRED");
		Queue queue = request.queueId() == null ? null : queueFor(request.queueId(), customer.partnerId());
		Instant now = clock.instant();
		Ticket ticket = new Ticket(Ids.next(), nextNumber(), customer.id(), customer.partnerId(),
				request.billingAccountId(), request.lineId(), category, request.priority(), request.channel(), subject,
				content, actor, now, null);
		return created(ticket, queue, actor, now, null);
	}

	private TicketView created(Ticket ticket, Queue queue, Actor actor, Instant now, String comment) {
		if (queue != null) {
			ticket.dispatch(Set.of(Standing.CREATOR, Standing.CLIENT), queue.id(), actor, now);
		}
		tickets.save(ticket);
		// history rows have no JPA association to the ticket: write the ticket first (inserts are reordered)
		entityManager.flush();
		history(ticket, new Ticket.Before(null, null, null), "CREATED", actor, now, comment);
		events.publishEvent(new TicketCreated(ticket.id(), ticket.number(), ticket.customerId(), ticket.partnerId(),
				actor.username(), now, actor.agentId(), queue == null ? null : queue.id()));
		autoAssign(ticket);
		return view(ticket);
	}

	String nextNumber() {
		long n = jdbc.sql("select nextval('ticket_number_seq')").query(Long.class).single();
		return String.format(Locale.ROOT, "T-%06d", n);
	}

	@Override
	public Optional<TicketView> find(String number, PartnerScope scope) {
		return visible(number, scope).map(this::view);
	}

	@Override
	public TicketView get(String number, PartnerScope scope) {
		return view(load(number, scope));
	}

	@Override
	public List<TicketView> ofCustomer(UUID customerId, PartnerScope scope) {
		return tickets.findByCustomerIdOrderByUpdatedAtDesc(customerId).stream()
			.filter(t -> scope.allows(t.partnerId()))
			.map(this::view)
			.toList();
	}

	@Override
	public List<TicketActionView> history(String number, PartnerScope scope) {
		return actions.findByTicketIdOrderByAtAscIdAsc(load(number, scope).id()).stream().map(TicketAction::view)
			.toList();
	}

	@Override
	public List<TicketCommentView> comments(String number, PartnerScope scope) {
		return comments.findByTicketIdOrderByAtAscIdAsc(load(number, scope).id()).stream().map(TicketComment::view)
			.toList();
	}

	@Override
	public List<TicketView> findAll(List<String> numbers, PartnerScope scope) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> codes = categories.findAll()
			.stream()
			.collect(Collectors.toMap(Category::id, Category::code));
		Map<String, Ticket> byNumber = tickets.findByNumberIn(numbers)
			.stream()
			.filter(t -> scope.allows(t.partnerId()))
			.collect(Collectors.toMap(Ticket::number, t -> t));
		return numbers.stream()
			.map(byNumber::get)
			.filter(Objects::nonNull)
			.map(t -> t.view(codes.get(t.categoryId())))
			.toList();
	}

	@Override
	public Map<UUID, List<TicketActionView>> histories(Collection<TicketView> views) {
		Map<UUID, List<TicketActionView>> byTicket = new HashMap<>();
		views.forEach(v -> byTicket.put(v.id(), new ArrayList<>()));
		if (!views.isEmpty()) {
			actions.findByTicketIdInOrderByAtAscIdAsc(byTicket.keySet())
				.forEach(a -> byTicket.get(a.ticketId()).add(a.view()));
		}
		return byTicket;
	}

	@Override
	public Map<UUID, List<TicketCommentView>> comments(Collection<TicketView> views) {
		Map<UUID, List<TicketCommentView>> byTicket = new HashMap<>();
		views.forEach(v -> byTicket.put(v.id(), new ArrayList<>()));
		if (!views.isEmpty()) {
			comments.findByTicketIdInOrderByAtAscIdAsc(byTicket.keySet())
				.forEach(c -> byTicket.get(c.ticketId()).add(c.view()));
		}
		return byTicket;
	}

	@Override
	public Map<UUID, String> previousNumbers(Collection<TicketView> views) {
		Set<UUID> previous = views.stream()
			.map(TicketView::previousId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return previous.isEmpty() ? Map.of()
				: tickets.findByIdIn(previous).stream().collect(Collectors.toMap(Ticket::id, Ticket::number));
	}

	@Override
	public Set<Move> allowedMoves(String number, Actor actor) {
		Ticket ticket = load(number, actor.scope());
		return TicketWorkflow.allowedMoves(ticket.situation(standing(ticket, actor)));
	}

	@Override
	@Transactional
	public TicketView dispatch(String number, Long version, UUID queueId, String comment, Actor actor) {
		Ticket ticket = move(number, version, actor, "DISPATCHED", optional(comment),
				(t, standing, now) -> t.dispatch(standing, queueId(queueId, t), actor, now),
				(t, before, now) -> new TicketDispatched(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, t.queueId()));
		autoAssign(ticket);
		return view(ticket);
	}

	/**
	 * Exactly one of several agents taking the same ticket wins: the ticket moves with one conditional
	 * UPDATE (still queued, still the version read); whoever finds it changed is told who took it.
	 */
	@Override
	@Transactional
	public TicketView take(String number, Long version, Actor actor) {
		Ticket ticket = load(number, actor.scope());
		if (version != null && version != ticket.version()) {
			// taken or moved on since the page was read: say who took it when someone did
			if (ticket.ownerId() != null && ticket.queueId() != null && !ticket.ownerId().equals(actor.agentId())) {
				throw takenBy(ticket.ownerId(), ticket.updatedAt());
			}
			throw new ChangedBySomeoneElse("TICKET_CHANGED_BY_SOMEONE_ELSE", ticket.updatedBy(), ticket.updatedAt(),
					ticket.version());
		}
		if (!ticket.status().queued() && ticket.status() != TicketStatus.CLOSED && ticket.ownerId() != null
				&& !ticket.ownerId().equals(actor.agentId()) && ticket.queueId() != null) {
			throw takenBy(ticket.ownerId(), ticket.updatedAt());
		}
		Ticket.Before before = ticket.before();
		Set<Standing> standing = standing(ticket, actor);
		TicketWorkflow.decide(ticket.situation(standing), Move.TAKE, TicketWorkflow.Request.NOTHING);
		Instant now = clock.instant();
		int taken = jdbc.sql("""
				update ticket set status = :open, owner_id = :agent, viewed_by_owner = true, version = version + 1,
				       updated_at = :now, updated_by = :by
				 where id = :id and version = :version and status in (:queued)""")
			.param("open", TicketStatus.OPEN.label())
			.param("agent", actor.agentId())
			.param("now", java.sql.Timestamp.from(now))
			.param("by", actor.username())
			.param("id", ticket.id())
			.param("version", ticket.version())
			.param("queued", List.of(TicketStatus.OPEN_DISPATCH.label(), TicketStatus.OPEN_FORWARDED.label()))
			.update();
		if (taken == 0) {
			var winner = jdbc.sql("select owner_id, updated_at from ticket where id = :id")
				.param("id", ticket.id())
				.query((rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant() })
				.single();
			throw takenBy((UUID) winner[0], (Instant) winner[1]);
		}
		entityManager.refresh(ticket);
		history(ticket, before, "TAKEN", actor, now, null);
		events.publishEvent(new TicketTaken(ticket.id(), ticket.number(), ticket.customerId(), ticket.partnerId(),
				actor.username(), now, ticket.queueId(), actor.agentId()));
		return view(ticket);
	}

	private ConflictException takenBy(UUID ownerId, Instant at) {
		String who = ownerId == null ? "?" : agents.find(ownerId).map(a -> a.displayName()).orElse("?");
		return new ConflictException("TICKET_ALREADY_TAKEN", who, at);
	}

	@Override
	@Transactional
	public TicketView forward(String number, Long version, UUID queueId, String comment, Actor actor) {
		String why = optional(comment);
		Ticket ticket = move(number, version, actor, "FORWARDED", why,
				(t, standing, now) -> t.forward(standing, queueId(queueId, t), why, actor, now),
				(t, before, now) -> new TicketForwarded(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, before.queueId(), t.queueId(), why));
		autoAssign(ticket);
		return view(ticket);
	}

	@Override
	@Transactional
	public TicketView returnToCreator(String number, Long version, String reason, Actor actor) {
		String why = optional(reason);
		return view(move(number, version, actor, "RETURNED", why,
				(t, standing, now) -> t.returnToCreator(standing, why, actor, now),
				(t, before, now) -> new TicketReturned(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, before.queueId(), t.creatorId(), why)));
	}

	@Override
	@Transactional
	public TicketView answer(String number, Long version, String answer, Actor actor) {
		String text = optional(answer);
		return view(move(number, version, actor, "ANSWERED", text,
				(t, standing, now) -> t.answer(standing, text, actor, now),
				(t, before, now) -> new TicketAnswered(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, t.answeredBy())));
	}

	@Override
	@Transactional
	public TicketView customerReplied(String number, Long version, String reply, Actor actor) {
		String text = optional(reply);
		return view(move(number, version, actor, "CUSTOMER_REPLIED", text,
				(t, standing, now) -> t.customerReplied(standing, text, actor, now),
				(t, before, now) -> new TicketReopened(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, t.ownerId())));
	}

	@Override
	@Transactional
	public void customerViewed(String number, Actor actor) {
		Ticket ticket = load(number, actor.scope());
		ticket.customerViewed(clock.instant());
	}

	@Override
	@Transactional
	public TicketView close(String number, Long version, String resolutionCode, String comment, Actor actor) {
		String code = resolutionCode == null || resolutionCode.isBlank() ? null : resolution(resolutionCode);
		return view(move(number, version, actor, "CLOSED", optional(comment),
				(t, standing, now) -> t.close(standing, code, Move.CLOSE, null, actor, now),
				(t, before, now) -> new TicketClosed(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, code)));
	}

	@Override
	@Transactional
	public TicketView recreate(String number, Long version, String resolutionCode, String categoryCode, Actor actor) {
		Ticket old = load(number, actor.scope(), version);
		Ticket.Before before = old.before();
		String code = resolutionCode == null || resolutionCode.isBlank() ? null : resolution(resolutionCode);
		Category category = categoryCode == null || categoryCode.isBlank() ? null : activeCategory(categoryCode);
		Instant now = clock.instant();
		old.close(standing(old, actor), code, Move.RECREATE, category == null ? null : category.code(), actor, now);
		Ticket fresh = new Ticket(Ids.next(), nextNumber(), old.customerId(), old.partnerId(),
				old.view(null).billingAccountId(), old.view(null).lineId(), category, old.priority(),
				old.view(null).channel(), old.subject(), old.content(), actor, now, old.id());
		history(old, before, "CLOSED", actor, now, fresh.number());
		events.publishEvent(new TicketClosed(old.id(), old.number(), old.customerId(), old.partnerId(),
				actor.username(), now, code));
		return created(fresh, null, actor, now, old.number());
	}

	/**
	 * The agents a manager may assign the ticket to: enabled members of the queues it may be sent to,
	 * and the actor, each only if it can see the ticket (its partner is the ticket's or an ancestor), by name.
	 */
	public List<AgentView> assignable(TicketView ticket, Actor actor) {
		Set<UUID> candidates = new HashSet<>();
		queues.findAllByOrderByName()
			.stream()
			.filter(q -> selfAndAncestors(ticket.partnerId()).contains(q.partnerId()))
			.forEach(q -> candidates.addAll(q.view().members()));
		if (actor.agentId() != null) {
			candidates.add(actor.agentId());
		}
		return agents.findAll(candidates)
			.values()
			.stream()
			.filter(AgentView::enabled)
			.filter(a -> canSee(a, ticket.partnerId()))
			.sorted(java.util.Comparator.comparing(AgentView::displayName))
			.toList();
	}

	/**
	 * The enabled agent, refused with TICKET_AGENT_UNKNOWN, or with TICKET_AGENT_CANNOT_SEE when its
	 * partner scope does not reach {@code partnerId}'s tickets.
	 */
	AgentView agentWhoCanSee(UUID agentId, UUID partnerId) {
		AgentView agent = agents.find(agentId).filter(AgentView::enabled)
			.orElseThrow(() -> new SwitchboardException("TICKET_AGENT_UNKNOWN"));
		if (!canSee(agent, partnerId)) {
			throw new SwitchboardException("TICKET_AGENT_CANNOT_SEE", agent.displayName());
		}
		return agent;
	}

	private boolean canSee(AgentView agent, UUID ticketPartnerId) {
		return partners.selfAndDescendants(agent.partnerId()).contains(ticketPartnerId);
	}

	@Override
	@Transactional
	public TicketView assign(String number, Long version, UUID agentId, Actor actor) {
		return view(move(number, version, actor, "ASSIGNED", null, (t, standing, now) -> {
			if (agentId != null) {
				agentWhoCanSee(agentId, t.partnerId());
			}
			t.assign(standing, agentId, actor, now);
		}, (t, before, now) -> new TicketAssigned(t.id(), t.number(), t.customerId(), t.partnerId(), actor.username(),
				now, agentId, t.queueId())));
	}

	@Override
	@Transactional
	public TicketView repost(String number, Long version, UUID queueId, Actor actor) {
		Ticket ticket = move(number, version, actor, "REPOSTED", null,
				(t, standing, now) -> t.repost(standing, queueId(queueId, t), actor, now),
				(t, before, now) -> new TicketDispatched(t.id(), t.number(), t.customerId(), t.partnerId(),
						actor.username(), now, t.queueId()));
		autoAssign(ticket);
		return view(ticket);
	}

	@Override
	@Transactional
	public TicketView update(String number, Long version, TicketChange change, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		Ticket.Before before = ticket.before();
		String subject = change.subject() == null ? ticket.subject()
				: text(change.subject(), MAX_SUBJECT, "TICKET_SUBJECT_REQUIRED");
		String content = change.content() == null ? ticket.content()
				: text(change.content(), MAX_CONTENT, "TICKET_CONTENT_REQUIRED");
		var priority = change.priority() == null ? ticket.priority() : change.priority();
		Category current = categories.findById(ticket.categoryId()).orElseThrow();
		// a ticket keeps its category when that is taken out of use; moving it needs one in use
		Category category = change.categoryCode() == null || change.categoryCode().equals(current.code()) ? current
				: activeCategory(change.categoryCode());
		List<String> fields = new ArrayList<>();
		if (!subject.equals(ticket.subject())) {
			fields.add("subject");
		}
		if (!content.equals(ticket.content())) {
			fields.add("content");
		}
		if (priority != ticket.priority()) {
			fields.add("priority");
		}
		if (!category.id().equals(ticket.categoryId())) {
			fields.add("category");
		}
		if (fields.isEmpty()) {
			return view(ticket);
		}
		Instant now = clock.instant();
		ticket.update(standing(ticket, actor), subject, content, priority, category, actor, now);
		history(ticket, before, "UPDATED", actor, now, String.join(", ", fields));
		events.publishEvent(new TicketUpdated(ticket.id(), ticket.number(), ticket.customerId(), ticket.partnerId(),
				actor.username(), now, List.copyOf(fields)));
		return view(ticket);
	}

	@Override
	@Transactional
	public TicketCommentView comment(String number, String body, Actor actor) {
		Ticket ticket = load(number, actor.scope());
		String text = text(body, MAX_TEXT, "TICKET_COMMENT_REQUIRED");
		Instant now = clock.instant();
		TicketComment comment = comments.save(new TicketComment(ticket.id(), now, actor.username(), actor.agentId(),
				actor.displayName(), text));
		history(ticket, ticket.before(), "COMMENTED", actor, now, null);
		events.publishEvent(new TicketCommented(ticket.id(), ticket.number(), ticket.customerId(), ticket.partnerId(),
				actor.username(), now, comment.id()));
		return comment.view();
	}

	/** The owner opened the ticket: it leaves the New folder. Not a change of the ticket (no version, no event). */
	@Transactional
	public void openedBy(String number, Actor actor) {
		if (actor.agentId() != null) {
			jdbc.sql("update ticket set viewed_by_owner = true where number = :n and owner_id = :a and viewed_by_owner = false")
				.param("n", number)
				.param("a", actor.agentId())
				.update();
		}
	}

	/**
	 * Flags the tickets of one partner that have waited too long: nobody answered since {@code cutoff}
	 * (Expired 1), or the customer neither read nor closed the answer given before {@code cutoff}
	 * (Expired 2). Returns how many were flagged.
	 */
	@Transactional
	public int expire(UUID partnerId, Instant cutoff, Instant now) {
		List<UUID> first = jdbc.sql("""
				select id from ticket
				 where partner_id = :p and expiry = 0 and clock_started_at <= :cutoff and status in (:open)""")
			.param("p", partnerId)
			.param("cutoff", java.sql.Timestamp.from(cutoff))
			.param("open", List.of(TicketStatus.OPEN.label(), TicketStatus.OPEN_DISPATCH.label(),
					TicketStatus.OPEN_FORWARDED.label(), TicketStatus.OPEN_REJECT_RETURN.label()))
			.query(UUID.class)
			.list();
		List<UUID> second = jdbc.sql("""
				select id from ticket
				 where partner_id = :p and expiry < 2 and status = :waiting and answered_at <= :cutoff
				   and (customer_viewed_at is null or customer_viewed_at < answered_at)""")
			.param("p", partnerId)
			.param("cutoff", java.sql.Timestamp.from(cutoff))
			.param("waiting", TicketStatus.WAITING.label())
			.query(UUID.class)
			.list();
		first.forEach(id -> expireOne(id, 1, now));
		second.forEach(id -> expireOne(id, 2, now));
		return first.size() + second.size();
	}

	/** The partners that have tickets not closed yet (the expiry job asks each for its number of days). */
	public List<UUID> partnersWithOpenTickets() {
		return jdbc.sql("select distinct partner_id from ticket where status <> :closed")
			.param("closed", TicketStatus.CLOSED.label())
			.query(UUID.class)
			.list();
	}

	private void expireOne(UUID id, int level, Instant now) {
		Ticket ticket = tickets.findById(id).orElseThrow();
		Ticket.Before before = ticket.before();
		ticket.expire(level, now);
		history(ticket, before, "EXPIRED_" + level, Actor.SYSTEM, now, null);
		events.publishEvent(new TicketExpired(ticket.id(), ticket.number(), ticket.customerId(), ticket.partnerId(),
				Actor.SYSTEM.username(), now, level));
	}

	/** What a move does to the ticket, given how the actor stands to it and the time. */
	@FunctionalInterface
	private interface Change {

		void apply(Ticket ticket, Set<Standing> standing, Instant now);
	}

	/** The event announcing a move, from the ticket after it and as it was before. */
	@FunctionalInterface
	private interface Announcement {

		TicketEvent of(Ticket ticket, Ticket.Before before, Instant now);
	}

	/**
	 * One move on the ticket read at {@code version}: made (the ticket checks it against the workflow),
	 * recorded in the history with {@code text}, and announced, in the caller's transaction.
	 */
	private Ticket move(String number, Long version, Actor actor, String action, String text, Change change,
			Announcement announcement) {
		Ticket ticket = load(number, actor.scope(), version);
		Ticket.Before before = ticket.before();
		Instant now = clock.instant();
		change.apply(ticket, standing(ticket, actor), now);
		history(ticket, before, action, actor, now, text);
		events.publishEvent(announcement.of(ticket, before, now));
		return ticket;
	}

	/** The queue a ticket is sent to: one in use, of the ticket's partner or an ancestor; null when none is named. */
	private UUID queueId(UUID queueId, Ticket ticket) {
		return queueId == null ? null : queueFor(queueId, ticket.partnerId()).id();
	}

	/** Hands a ticket just sent to a round-robin queue to the queue member whose turn it is. */
	private void autoAssign(Ticket ticket) {
		Queue queue = ticket.queueId() == null ? null : queues.findById(ticket.queueId()).orElse(null);
		if (queue == null) {
			return;
		}
		Instant now = clock.instant();
		queue.nextInTurn().ifPresent(agentId -> {
			Ticket.Before before = ticket.before();
			ticket.autoAssign(agentId, now);
			history(ticket, before, "AUTO_ASSIGNED", Actor.SYSTEM, now, null);
			events.publishEvent(new TicketAssigned(ticket.id(), ticket.number(), ticket.customerId(),
					ticket.partnerId(), Actor.SYSTEM.username(), now, agentId, queue.id()));
		});
	}

	private void history(Ticket ticket, Ticket.Before before, String action, Actor actor, Instant now, String comment) {
		actions.save(new TicketAction(ticket.id(), now, actor.username(), actor.agentId(), actor.displayName(), action,
				before.status(), ticket.status(), before.queueId(), ticket.queueId(), before.ownerId(), ticket.ownerId(),
				comment));
	}

	/** How the actor stands to the ticket. */
	Set<Standing> standing(Ticket ticket, Actor actor) {
		if (actor.agentId() == null) {
			return EnumSet.of(Standing.CLIENT);
		}
		Set<Standing> standing = new HashSet<>();
		if (actor.agentId().equals(ticket.ownerId())) {
			standing.add(Standing.OWNER);
		}
		if (actor.agentId().equals(ticket.creatorId())) {
			standing.add(Standing.CREATOR);
		}
		if (ticket.queueId() != null
				&& queues.findById(ticket.queueId()).map(q -> q.hasMember(actor.agentId())).orElse(false)) {
			standing.add(Standing.QUEUE_MEMBER);
		}
		if (actor.hasRole("MANAGER")) {
			standing.add(Standing.MANAGER);
		}
		return standing;
	}

	private Optional<Ticket> visible(String number, PartnerScope scope) {
		return Optional.ofNullable(number).flatMap(tickets::findByNumber).filter(t -> scope.allows(t.partnerId()));
	}

	private Ticket load(String number, PartnerScope scope) {
		return visible(number, scope).orElseThrow(() -> new NotFoundException("TICKET_NOT_FOUND", number));
	}

	private Ticket load(String number, PartnerScope scope, Long version) {
		Ticket ticket = load(number, scope);
		if (version != null && version != ticket.version()) {
			throw new ChangedBySomeoneElse("TICKET_CHANGED_BY_SOMEONE_ELSE", ticket.updatedBy(), ticket.updatedAt(),
					ticket.version());
		}
		return ticket;
	}

	private Category activeCategory(String code) {
		return Optional.ofNullable(code).flatMap(categories::findByCode).filter(c -> c.view().active())
			.orElseThrow(() -> new SwitchboardException("TICKET_CATEGORY_UNKNOWN"));
	}

	private String resolution(String code) {
		return resolutions.findByCode(code).filter(r -> r.view().active()).map(r -> r.view().code())
			.orElseThrow(() -> new SwitchboardException("TICKET_RESOLUTION_UNKNOWN"));
	}

	/** An active queue a ticket of this partner may go to: the partner's own, or one of its ancestors'. */
	Queue queueFor(UUID queueId, UUID ticketPartnerId) {
		Queue queue = queues.findById(queueId).filter(Queue::active)
			.orElseThrow(() -> new SwitchboardException("TICKET_QUEUE_UNKNOWN"));
		if (!selfAndAncestors(ticketPartnerId).contains(queue.partnerId())) {
			throw new SwitchboardException("TICKET_QUEUE_UNKNOWN");
		}
		return queue;
	}

	Set<UUID> selfAndAncestors(UUID partnerId) {
		Set<UUID> chain = new HashSet<>();
		for (UUID p = partnerId; p != null && chain.add(p);) {
			p = partners.find(p).map(PartnerView::parentId).orElse(null);
		}
		return chain;
	}

	private static String text(String value, int max, String requiredCode) {
		if (value == null || value.isBlank()) {
			throw new SwitchboardException(requiredCode);
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new SwitchboardException("TICKET_TEXT_TOO_LONG", max);
		}
		return stripped;
	}

	private static String optional(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_TEXT) {
			throw new SwitchboardException("TICKET_TEXT_TOO_LONG", MAX_TEXT);
		}
		return stripped;
	}

	TicketView view(Ticket ticket) {
		String code = categories.findById(ticket.categoryId()).map(Category::code).orElse(null);
		return ticket.view(code);
	}
	@Override
	public List<TicketFolderCount> folders(Actor actor) {
		List<TicketFolderCount> all = new ArrayList<>();
		folders.counts(actor).forEach((folder, count) -> all.add(new TicketFolderCount(folder, null, null, count,
				"/tickets?folder=" + TicketFolders.Folder.valueOf(folder).path())));
		List<Queue> mine = actor.agentId() == null ? List.of() : queues.findByMember(actor.agentId());
		Map<UUID, Long> counts = folders.queueCounts(actor, mine.stream().map(Queue::id).toList());
		for (QueueView queue : mine.stream().map(Queue::view).toList()) {
			all.add(new TicketFolderCount("QUEUE", queue.id(), queue.name(), counts.getOrDefault(queue.id(), 0L),
					"/tickets?queue=" + queue.id()));
		}
		return all;
	}
}
