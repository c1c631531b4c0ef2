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
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.NewTicket;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketCommentView;
import io.switchboard.ticket.TicketFolderCount;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
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
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tickets' application service. For every move it loads the ticket within the actor's scope (from
 * the version the actor read), resolves what the move names (a queue the actor may know of, a resolution
 * or category in use), works out how the actor stands to the ticket, lets the {@link Ticket} make the
 * move, and saves it: the history line and the event the ticket wrote go with it, in one transaction.
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
	private final CodedLists codes;
	private final QueueRepository queues;
	private final CustomerApi customers;
	private final LineApi lines;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final TicketFolders folders;
	/** A short read-only transaction of its own, for reading what another one committed. */
	private final TransactionTemplate separately;

	Tickets(TicketRepository tickets, TicketActionRepository actions, TicketCommentRepository comments,
			CategoryRepository categories, CodedLists codes, QueueRepository queues,
			CustomerApi customers, LineApi lines, PartnerApi partners, AgentApi agents, JdbcClient jdbc,
			Clock clock, PlatformTransactionManager transactions, TicketFolders folders) {
		this.tickets = tickets;
		this.actions = actions;
		this.comments = comments;
		this.categories = categories;
		this.codes = codes;
		this.queues = queues;
		this.customers = customers;
		this.lines = lines;
		this.partners = partners;
		this.agents = agents;
		this.jdbc = jdbc;
		this.clock = clock;
		this.folders = folders;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separately.setReadOnly(true);
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
		Queue queue = queueFor(request.queueId(), customer.partnerId(), actor);
		Instant now = clock.instant();
		Ticket ticket = Ticket.open(nextNumber(),
				new Ticket.Opening(customer.id(), customer.partnerId(), request.billingAccountId(), request.lineId(),
						category, request.priority(), request.channel(), subject, content),
				queue == null ? null : queue.id(), actor, now);
		handOut(ticket, queue, now);
		return saved(ticket);
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
		Ticket ticket = load(number, actor.scope(), version);
		Queue queue = queueFor(queueId, ticket.partnerId(), actor);
		Instant now = clock.instant();
		ticket.dispatch(standing(ticket, actor), queue == null ? null : queue.id(), optional(comment), actor, now);
		handOut(ticket, queue, now);
		return saved(ticket);
	}

	/**
	 * Exactly one of several agents taking the same ticket wins: each saves the ticket from the version
	 * it read, and the database refuses every save but the first; whoever loses is told who took it.
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
		ticket.take(standing(ticket, actor), actor, clock.instant());
		try {
			return view(tickets.saveAndFlush(ticket));
		}
		catch (ConcurrencyFailureException lost) {
			// the other save came first (its row lock made this one wait): read who made it, committed,
			// beside this transaction, which the refused write may have spoilt
			record Winner(UUID ownerId, String by, Instant at, long version) {
			}
			Winner winner = separately.execute(tx -> jdbc
				.sql("select owner_id, updated_by, updated_at, version from ticket where id = :id")
				.param("id", ticket.id())
				.query((rs, i) -> new Winner(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getTimestamp(3).toInstant(), rs.getLong(4)))
				.single());
			if (winner.ownerId() == null) {
				throw new ChangedBySomeoneElse("TICKET_CHANGED_BY_SOMEONE_ELSE", winner.by(), winner.at(),
						winner.version());
			}
			throw takenBy(winner.ownerId(), winner.at());
		}
	}

	private ConflictException takenBy(UUID ownerId, Instant at) {
		String who = ownerId == null ? "?" : agents.find(ownerId).map(a -> a.displayName()).orElse("?");
		return new ConflictException("TICKET_ALREADY_TAKEN", who, at);
	}

	@Override
	@Transactional
	public TicketView forward(String number, Long version, UUID queueId, String comment, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		Queue queue = queueFor(queueId, ticket.partnerId(), actor);
		Instant now = clock.instant();
		ticket.forward(standing(ticket, actor), queue == null ? null : queue.id(), optional(comment), actor, now);
		handOut(ticket, queue, now);
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView returnToCreator(String number, Long version, String reason, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		ticket.returnToCreator(standing(ticket, actor), optional(reason), actor, clock.instant());
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView answer(String number, Long version, String answer, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		ticket.answer(standing(ticket, actor), optional(answer), actor, clock.instant());
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView customerReplied(String number, Long version, String reply, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		ticket.customerReplied(standing(ticket, actor), optional(reply), actor, clock.instant());
		return saved(ticket);
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
		Ticket ticket = load(number, actor.scope(), version);
		String code = resolutionCode == null || resolutionCode.isBlank() ? null : resolution(resolutionCode);
		ticket.close(standing(ticket, actor), code, optional(comment), actor, clock.instant());
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView recreate(String number, Long version, String resolutionCode, String categoryCode, Actor actor) {
		Ticket old = load(number, actor.scope(), version);
		String code = resolutionCode == null || resolutionCode.isBlank() ? null : resolution(resolutionCode);
		Category category = categoryCode == null || categoryCode.isBlank() ? null : activeCategory(categoryCode);
		Ticket fresh = old.recreate(standing(old, actor), code, category, this::nextNumber, actor, clock.instant());
		tickets.save(old);
		return saved(fresh);
	}

	/**
	 * The agents a manager may assign the ticket to: enabled members of the queues it may be sent to,
	 * and the actor, each only if it can see the ticket (its partner is the ticket's or an ancestor), by name.
	 */
	public List<AgentView> assignable(TicketView ticket, Actor actor) {
		Set<UUID> candidates = new HashSet<>();
		queues.findAll()
			.stream()
			.filter(q -> selfAndAncestors(ticket.partnerId()).contains(q.partnerId()))
			.forEach(q -> candidates.addAll(q.members()));
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
		Ticket ticket = load(number, actor.scope(), version);
		if (agentId != null) {
			agentWhoCanSee(agentId, ticket.partnerId());
		}
		ticket.assign(standing(ticket, actor), agentId, actor, clock.instant());
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView repost(String number, Long version, UUID queueId, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		Queue queue = queueFor(queueId, ticket.partnerId(), actor);
		Instant now = clock.instant();
		ticket.repost(standing(ticket, actor), queue == null ? null : queue.id(), actor, now);
		handOut(ticket, queue, now);
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketView update(String number, Long version, TicketChange change, Actor actor) {
		Ticket ticket = load(number, actor.scope(), version);
		String subject = change.subject() == null ? ticket.subject()
				: text(change.subject(), MAX_SUBJECT, "TICKET_SUBJECT_REQUIRED");
		String content = change.content() == null ? ticket.content()
				: text(change.content(), MAX_CONTENT, "TICKET_CONTENT_REQUIRED");
		var priority = change.priority() == null ? ticket.priority() : change.priority();
		Category current = categories.findById(ticket.categoryId()).orElseThrow();
		// a ticket keeps its category when that is taken out of use; moving it needs one in use
		Category category = change.categoryCode() == null || change.categoryCode().equals(current.code()) ? current
				: activeCategory(change.categoryCode());
		ticket.update(standing(ticket, actor), subject, content, priority, category, actor, clock.instant());
		return saved(ticket);
	}

	@Override
	@Transactional
	public TicketCommentView comment(String number, String body, Actor actor) {
		Ticket ticket = load(number, actor.scope());
		TicketComment comment = ticket.comment(text(body, MAX_TEXT, "TICKET_COMMENT_REQUIRED"), actor, clock.instant());
		tickets.save(ticket);
		return comment.view();
	}

	/**
	 * The owner opened the ticket: it leaves the New folder. Not a move (no history, no event), and not
	 * a change another agent's page should be refused for, so it bypasses the version on purpose.
	 */
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
	 * (Expired 2). Each is flagged by the ticket's own move; one that moved on since it was found is
	 * left alone. Returns how many were flagged.
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
		return (int) (first.stream().filter(id -> expired(id, 1, now)).count()
				+ second.stream().filter(id -> expired(id, 2, now)).count());
	}

	/** The partners that have tickets not closed yet (the expiry job asks each for its number of days). */
	public List<UUID> partnersWithOpenTickets() {
		return jdbc.sql("select distinct partner_id from ticket where status <> :closed")
			.param("closed", TicketStatus.CLOSED.label())
			.query(UUID.class)
			.list();
	}

	private boolean expired(UUID id, int level, Instant now) {
		Ticket ticket = tickets.findById(id).orElseThrow();
		try {
			ticket.expire(level, now);
		}
		catch (SwitchboardException movedOnSinceFound) {
			return false;
		}
		tickets.save(ticket);
		return true;
	}

	/**
	 * A ticket just sent to a round-robin queue goes straight to the member whose turn it is (the
	 * queue remembers the turn); from any other queue, members take it.
	 */
	private void handOut(Ticket ticket, Queue queue, Instant now) {
		if (queue != null && ticket.status().queued()) {
			queue.nextInTurn().ifPresent(agentId -> ticket.autoAssign(agentId, now));
		}
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
		return Optional.ofNullable(code)
			.flatMap(c -> codes.find(TicketAdmin.CATEGORIES, c))
			.filter(CodedEntry::active)
			.flatMap(entry -> categories.findById(entry.id()))
			.orElseThrow(() -> new SwitchboardException("TICKET_CATEGORY_UNKNOWN"));
	}

	private String resolution(String code) {
		return codes.find(TicketAdmin.RESOLUTIONS, code).filter(CodedEntry::active).map(CodedEntry::code)
			.orElseThrow(() -> new SwitchboardException("TICKET_RESOLUTION_UNKNOWN"));
	}

	/**
	 * The queue a ticket of this partner is sent to, null when none is named: one in use, of the ticket's
	 * partner or one of its ancestors, and one the actor may know of ({@link QueueView#visibleTo}). Any
	 * other is refused as unknown, the same answer as for a queue that does not exist.
	 */
	Queue queueFor(UUID queueId, UUID ticketPartnerId, Actor actor) {
		if (queueId == null) {
			return null;
		}
		return queues.findById(queueId)
			.filter(q -> codes.find(TicketAdmin.QUEUES, q.id()).map(CodedEntry::active).orElse(false))
			.filter(q -> selfAndAncestors(ticketPartnerId).contains(q.partnerId()))
			.filter(q -> q.visibleTo(actor.scope()))
			.orElseThrow(() -> new SwitchboardException("TICKET_QUEUE_UNKNOWN"));
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

	/**
	 * Saves the ticket after its move and answers it as saved, with its new version, so a caller can
	 * make the next move from it; a concurrent change is refused here.
	 */
	private TicketView saved(Ticket ticket) {
		return view(tickets.saveAndFlush(ticket));
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
		Set<UUID> ids = mine.stream().map(Queue::id).collect(Collectors.toSet());
		for (CodedEntry queue : codes.entries(TicketAdmin.QUEUES).stream().filter(q -> ids.contains(q.id())).toList()) {
			all.add(new TicketFolderCount("QUEUE", queue.id(), queue.names(), counts.getOrDefault(queue.id(), 0L),
					"/tickets?queue=" + queue.id()));
		}
		return all;
	}
}
