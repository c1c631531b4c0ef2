package io.switchboard.interaction.domain;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionEnded;
import io.switchboard.interaction.InteractionFilter;
import io.switchboard.interaction.InteractionPage;
import io.switchboard.interaction.InteractionStarted;
import io.switchboard.interaction.InteractionUpdated;
import io.switchboard.interaction.InteractionView;
import io.switchboard.interaction.LinkedTicket;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interactions application service: starts, wraps up, records and corrects interactions, and
 * reads them within the actor's partner scope. Each change publishes {@link InteractionStarted},
 * {@link InteractionEnded} or {@link InteractionUpdated} in its transaction.
 */
@Service
@Transactional(readOnly = true)
class Interactions implements InteractionApi {

	static final String NOT_FOUND = "INTERACTION_NOT_FOUND";
	static final String CHANGED = "INTERACTION_CHANGED_BY_SOMEONE_ELSE";

	private final InteractionRepository repository;
	private final InteractionQueries queries;
	private final CustomerApi customers;
	private final AgentApi agents;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate transaction;

	Interactions(InteractionRepository repository, InteractionQueries queries, CustomerApi customers, AgentApi agents,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.queries = queries;
		this.customers = customers;
		this.agents = agents;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public InteractionView openFromSearch(String customerNumber, Actor actor) {
		UUID agentId = agentOf(actor);
		try {
			return transaction.execute(tx -> {
				CustomerHeader customer = customers.get(customerNumber, actor.scope());
				return repository.findByOpenAgentIdAndCustomerId(agentId, customer.id())
					.map(this::view)
					.orElseGet(() -> view(begin(customer, Channel.PHONE, Direction.IN, actor)));
			});
		}
		catch (DataIntegrityViolationException raced) {
			// a second request of the same agent (a double click, a reload) started it a moment ago
			return openWith(customerNumber, actor).orElseThrow(() -> raced);
		}
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public InteractionView start(String customerNumber, Channel channel, Direction direction, Actor actor) {
		UUID agentId = agentOf(actor);
		try {
			return transaction.execute(tx -> {
				CustomerHeader customer = customers.get(customerNumber, actor.scope());
				repository.findByOpenAgentIdAndCustomerId(agentId, customer.id()).ifPresent(open -> {
					throw new SwitchboardException("INTERACTION_ALREADY_OPEN", open.number());
				});
				return view(begin(customer, channel, direction, actor));
			});
		}
		catch (DataIntegrityViolationException raced) {
			throw new SwitchboardException("INTERACTION_ALREADY_OPEN", customerNumber);
		}
	}

	private Interaction begin(CustomerHeader customer, Channel channel, Direction direction, Actor actor) {
		Instant now = clock.instant();
		Interaction interaction = repository.saveAndFlush(new Interaction(Ids.next(), queries.nextNumber(),
				customer.partnerId(), customer.id(), Objects.requireNonNull(channel, "channel"),
				Objects.requireNonNull(direction, "direction"), actor.agentId(), now, now, actor.username()));
		events.publishEvent(started(interaction, actor, now));
		return interaction;
	}

	@Override
	@Transactional
	public InteractionView wrapUp(String number, WrapUp wrapUp, long expectedVersion, Actor actor) {
		Interaction interaction = visible(number, actor.scope());
		if (interaction.agentId() != null && !interaction.agentId().equals(actor.agentId())
				&& !actor.hasRole("MANAGER")) {
			// an agent wraps up its own calls; a manager may end one a colleague left open
			throw new SwitchboardException("INTERACTION_NOT_YOURS", interaction.number());
		}
		checkVersion(interaction, expectedVersion);
		if (wrapUp.reason() == null || wrapUp.reason().isBlank()) {
			throw new SwitchboardException("INTERACTION_REASON_REQUIRED");
		}
		if (wrapUp.wrapUpCode() == null || !queries.activeWrapUpCode(wrapUp.wrapUpCode())) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_REQUIRED");
		}
		Instant now = clock.instant();
		interaction.wrapUp(wrapUp.reason(), wrapUp.wrapUpCode(), wrapUp.notes(), now, actor.username());
		Interaction saved = save(interaction);
		events.publishEvent(ended(saved, actor, now));
		return view(saved);
	}

	@Override
	public InteractionView get(String number, PartnerScope scope) {
		return view(visible(number, scope));
	}

	@Override
	public Optional<InteractionView> find(String number, PartnerScope scope) {
		return findVisible(number, scope).map(this::view);
	}

	@Override
	public List<InteractionView> findAll(List<String> numbers, PartnerScope scope) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		Map<String, Interaction> byNumber = repository.findByNumberIn(numbers)
			.stream()
			.filter(i -> scope.allows(i.partnerId()))
			.collect(Collectors.toMap(Interaction::number, i -> i));
		return views(numbers.stream().map(byNumber::get).filter(Objects::nonNull).toList());
	}

	@Override
	public InteractionPage list(String customerNumber, InteractionFilter filter, int page, int size,
			PartnerScope scope) {
		CustomerHeader customer = customers.get(customerNumber, scope);
		int safePage = Math.max(0, page);
		int safeSize = Math.clamp(size, 1, 200);
		InteractionQueries.Page ids = queries.page(customer.id(), filter == null ? InteractionFilter.ANY : filter,
				safePage, safeSize);
		Map<UUID, Interaction> found = repository.findAllById(ids.ids()).stream()
			.collect(Collectors.toMap(Interaction::id, Function.identity()));
		List<Interaction> ordered = ids.ids().stream().map(found::get).filter(Objects::nonNull).toList();
		return new InteractionPage(views(ordered), safePage, safeSize, ids.total());
	}

	@Override
	public Optional<InteractionView> openWith(String customerNumber, Actor actor) {
		if (actor.agentId() == null) {
			return Optional.empty();
		}
		CustomerHeader customer = customers.get(customerNumber, actor.scope());
		return repository.findByOpenAgentIdAndCustomerId(actor.agentId(), customer.id()).map(this::view);
	}

	@Override
	public List<InteractionView> openOf(Actor actor) {
		if (actor.agentId() == null) {
			return List.of();
		}
		return views(repository.findOpenOf(actor.agentId()).stream()
			.filter(i -> actor.scope().allows(i.partnerId()))
			.toList());
	}

	@Override
	public List<CodedEntry> wrapUpCodes(boolean activeOnly) {
		return queries.wrapUpCodes(activeOnly);
	}

	@Override
	@Transactional
	public InteractionView create(NewInteraction given, Actor actor) {
		CustomerHeader customer = given.customerNumber() == null ? null
				: customers.get(given.customerNumber(), actor.scope());
		UUID partnerId = customer != null ? customer.partnerId() : actor.partnerId();
		if (partnerId == null) {
			throw new SwitchboardException("INTERACTION_PARTNER_REQUIRED");
		}
		checkWrapUpCode(given.wrapUpCode());
		Instant now = clock.instant();
		Instant startedAt = given.startedAt() != null ? given.startedAt() : now;
		Interaction interaction = new Interaction(Ids.next(), queries.nextNumber(), partnerId,
				customer == null ? null : customer.id(), given.channel() != null ? given.channel() : Channel.OTHER,
				given.direction() != null ? given.direction() : Direction.IN, actor.agentId(), startedAt, now,
				actor.username());
		interaction.details(given.reason(), given.notes(), null, null, given.wrapUpCode(), given.channelRefs(),
				given.tmfExtension());
		if (given.endedAt() != null) {
			interaction.end(given.endedAt());
		}
		Interaction saved;
		try {
			saved = repository.saveAndFlush(interaction);
		}
		catch (DataIntegrityViolationException alreadyOpen) {
			throw new SwitchboardException("INTERACTION_ALREADY_OPEN", given.customerNumber());
		}
		events.publishEvent(started(saved, actor, now));
		if (!saved.open()) {
			events.publishEvent(ended(saved, actor, now));
		}
		return view(saved);
	}

	@Override
	@Transactional
	public InteractionView update(String number, long expectedVersion, InteractionChange change, Actor actor) {
		Interaction interaction = visible(number, actor.scope());
		checkVersion(interaction, expectedVersion);
		checkWrapUpCode(change.wrapUpCode());
		List<String> fields = new ArrayList<>(interaction.details(change.reason(), change.notes(), change.channel(),
				change.direction(), change.wrapUpCode(), change.channelRefs(), change.tmfExtension()));
		boolean endedNow = false;
		if (change.endedAt() != null) {
			if (interaction.open()) {
				interaction.end(change.endedAt());
				endedNow = true;
			}
			else if (interaction.correctEnd(change.endedAt())) {
				fields.add("endedAt");
			}
		}
		if (fields.isEmpty() && !endedNow) {
			return view(interaction);
		}
		Instant now = clock.instant();
		interaction.touched(now, actor.username());
		Interaction saved = save(interaction);
		if (!fields.isEmpty()) {
			events.publishEvent(new InteractionUpdated(saved.id(), saved.number(), saved.customerId(),
					saved.partnerId(), actor.username(), now, fields));
		}
		if (endedNow) {
			events.publishEvent(ended(saved, actor, now));
		}
		return view(saved);
	}

	/** Links a ticket the agent created to the agent's open interaction with its customer, if there is one. */
	@Transactional
	Optional<String> linkTicket(UUID agentId, UUID customerId, UUID ticketId, String ticketNumber,
			String actor) {
		if (agentId == null || customerId == null) {
			return Optional.empty();
		}
		Optional<Interaction> open = repository.findByOpenAgentIdAndCustomerId(agentId, customerId);
		open.ifPresent(interaction -> {
			Instant now = clock.instant();
			if (queries.link(interaction.id(), ticketId, ticketNumber, now)) {
				events.publishEvent(new InteractionUpdated(interaction.id(), interaction.number(),
						interaction.customerId(), interaction.partnerId(), actor, now, List.of("tickets")));
			}
		});
		return open.map(Interaction::number);
	}

	private void checkWrapUpCode(String code) {
		if (code != null && !queries.wrapUpCodeExists(code)) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_UNKNOWN", code);
		}
	}

	private void checkVersion(Interaction interaction, long expectedVersion) {
		if (interaction.version() != expectedVersion) {
			throw changedBySomeoneElse(interaction);
		}
	}

	private Interaction save(Interaction interaction) {
		try {
			return repository.saveAndFlush(interaction);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw changedBySomeoneElse(repository.findById(interaction.id()).orElseThrow());
		}
	}

	private ChangedBySomeoneElse changedBySomeoneElse(Interaction current) {
		String who = agents.findByUsername(current.updatedBy()).map(AgentView::displayName)
			.orElse(current.updatedBy());
		return new ChangedBySomeoneElse(CHANGED, who, current.updatedAt(), current.version());
	}

	private static UUID agentOf(Actor actor) {
		if (actor.agentId() == null) {
			throw new SwitchboardException("INTERACTION_AGENT_REQUIRED");
		}
		return actor.agentId();
	}

	private Optional<Interaction> findVisible(String number, PartnerScope scope) {
		return repository.findByNumber(number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(i -> scope.allows(i.partnerId()));
	}

	private Interaction visible(String number, PartnerScope scope) {
		return findVisible(number, scope).orElseThrow(() -> new NotFoundException(NOT_FOUND, number));
	}

	private static InteractionStarted started(Interaction i, Actor actor, Instant now) {
		return new InteractionStarted(i.id(), i.number(), i.customerId(), i.partnerId(), actor.username(), now,
				i.channel(), i.direction(), i.agentId(), i.startedAt());
	}

	private static InteractionEnded ended(Interaction i, Actor actor, Instant now) {
		return new InteractionEnded(i.id(), i.number(), i.customerId(), i.partnerId(), actor.username(), now,
				i.endedAt(), i.wrapUpCode());
	}

	private InteractionView view(Interaction interaction) {
		return views(List.of(interaction)).getFirst();
	}

	private List<InteractionView> views(List<Interaction> interactions) {
		Collection<UUID> agentIds = interactions.stream().map(Interaction::agentId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, AgentView> names = agentIds.isEmpty() ? Map.of() : agents.findAll(agentIds);
		Map<UUID, List<LinkedTicket>> tickets = new HashMap<>(
				queries.tickets(interactions.stream().map(Interaction::id).toList()));
		return interactions.stream()
			.map(i -> i.view(i.agentId() == null || !names.containsKey(i.agentId()) ? null
					: names.get(i.agentId()).displayName(), tickets.getOrDefault(i.id(), List.of())))
			.toList();
	}
}
