package io.switchboard.interaction.domain;

import io.switchboard.agent.AgentApi;
import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CarePinApi.CarePinView;
import io.switchboard.customer.CarePinApi.PinCheck;
import io.switchboard.customer.CurrentCalls.CurrentCall;
import io.switchboard.customer.RelatedPartyView;
import io.switchboard.customer.SecretKind;
import io.switchboard.customer.VerificationMethod;
import io.switchboard.interaction.CallerCheck;
import io.switchboard.interaction.CallerView;
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
import io.switchboard.interaction.RevealView;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interactions application service: starts interactions with their caller, verifies the caller
 * (through the customer module's care PIN and identity checks; a successful verification and each lock
 * audited), wraps up, records and corrects interactions, and reads them within the actor's partner
 * scope. Each change publishes {@link InteractionStarted}, {@link InteractionEnded} or
 * {@link InteractionUpdated} in its transaction.
 */
@Service
@Transactional(readOnly = true)
class Interactions implements InteractionApi {

	static final String NOT_FOUND = "INTERACTION_NOT_FOUND";
	static final String CHANGED = "INTERACTION_CHANGED_BY_SOMEONE_ELSE";
	static final Pattern PIN_FORMAT = Pattern.compile("\\d{4,8}");
	static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

	private final InteractionRepository repository;
	private final InteractionQueries queries;
	private final CustomerApi customers;
	private final AgentApi agents;
	private final ApplicationEventPublisher events;
	private final CarePinApi carePins;
	private final AuditApi audit;
	private final InteractionSettings settings;
	private final Clock clock;
	private final TransactionTemplate transaction;

	Interactions(InteractionRepository repository, InteractionQueries queries, CustomerApi customers, AgentApi agents,
			ApplicationEventPublisher events, CarePinApi carePins, AuditApi audit, InteractionSettings settings,
			Clock clock, PlatformTransactionManager transactions) {
		this.carePins = carePins;
		this.audit = audit;
		this.settings = settings;
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
	public InteractionView start(String customerNumber, Channel channel, Direction direction, UUID callerPartyId,
			Actor actor) {
		UUID agentId = agentOf(actor);
		try {
			return transaction.execute(tx -> {
				CustomerHeader customer = customers.get(customerNumber, actor.scope());
				repository.findByOpenAgentIdAndCustomerId(agentId, customer.id()).ifPresent(open -> {
					throw new SwitchboardException("INTERACTION_ALREADY_OPEN", open.number());
				});
				return view(begin(customer, channel, direction, caller(customer, callerPartyId), actor));
			});
		}
		catch (DataIntegrityViolationException raced) {
			throw new SwitchboardException("INTERACTION_ALREADY_OPEN", customerNumber);
		}
	}

	/** The customer itself, or the related party of the customer with this id. */
	private CallerView caller(CustomerHeader customer, UUID partyId) {
		if (partyId == null) {
			return new CallerView(null, customer.displayName(), null);
		}
		return customers.relatedParties(customer.id()).stream()
			.filter(p -> p.id().equals(partyId))
			.findFirst()
			.map(p -> new CallerView(p.id(), p.name(), p.role()))
			.orElseThrow(() -> new SwitchboardException("INTERACTION_CALLER_UNKNOWN"));
	}

	@Override
	@Transactional
	public InteractionView changeCaller(String number, UUID callerPartyId, Actor actor) {
		Interaction interaction = ownOpen(number, actor);
		CustomerHeader customer = customerOf(interaction);
		Instant now = clock.instant();
		if (!interaction.identifyCaller(caller(customer, callerPartyId), now, actor.username())) {
			return view(interaction);
		}
		Interaction saved = save(interaction);
		events.publishEvent(new InteractionUpdated(saved.id(), saved.number(), saved.customerId(), saved.partnerId(),
				actor.username(), now, List.of("caller")));
		return view(saved);
	}

	@Override
	@Transactional
	public CallerCheck verifyByPin(String number, String pin, Actor actor) {
		if (pin == null || !PIN_FORMAT.matcher(pin).matches()) {
			throw new SwitchboardException("CARE_PIN_INVALID");
		}
		Interaction interaction = ownOpen(number, actor);
		callerNamed(interaction, actor);
		if (!interaction.mayTry(VerificationMethod.PIN)) {
			return check(CallerCheck.Outcome.LOCKED_FOR_CALL, interaction, VerificationMethod.PIN, null);
		}
		PinCheck pinCheck = carePins.check(interaction.customerId(), pin, actor);
		return switch (pinCheck.outcome()) {
			case NOT_SET -> check(CallerCheck.Outcome.PIN_NOT_SET, interaction, VerificationMethod.PIN, null);
			case LOCKED -> check(CallerCheck.Outcome.PIN_LOCKED, interaction, VerificationMethod.PIN, pinCheck.lockedUntil());
			case MATCH -> verified(interaction, VerificationMethod.PIN, actor);
			case WRONG, WRONG_AND_LOCKED -> wrong(interaction, VerificationMethod.PIN, pinCheck.lockedUntil(), actor);
		};
	}

	@Override
	@Transactional
	public CallerCheck verifyByDetails(String number, LocalDate dateOfBirth, String documentLast4, Actor actor) {
		if (dateOfBirth == null || documentLast4 == null || !LAST_FOUR.matcher(documentLast4).matches()) {
			throw new SwitchboardException("CALLER_DETAILS_INVALID");
		}
		Interaction interaction = ownOpen(number, actor);
		CallerView caller = callerNamed(interaction, actor);
		if (!interaction.mayTry(VerificationMethod.DOB_ID)) {
			return check(CallerCheck.Outcome.LOCKED_FOR_CALL, interaction, VerificationMethod.DOB_ID, null);
		}
		UUID holder = detailsHolder(interaction, caller);
		if (holder == null) {
			return check(CallerCheck.Outcome.NO_DETAILS_ON_FILE, interaction, VerificationMethod.DOB_ID, null);
		}
		// both compared every time: the answer must not tell which of the two was wrong
		boolean born = customers.dateOfBirthIs(holder, dateOfBirth);
		boolean document = customers.identityDocumentEndsWith(holder, documentLast4);
		return born && document ? verified(interaction, VerificationMethod.DOB_ID, actor)
				: wrong(interaction, VerificationMethod.DOB_ID, null, actor);
	}

	/**
	 * Whose date of birth and documents identify the caller: the customer's (a person with a date of birth
	 * and a document on file), a related party's that is itself a customer; otherwise nobody's, and only
	 * the PIN proves who the caller is.
	 */
	private UUID detailsHolder(Interaction interaction, CallerView caller) {
		UUID holder;
		if (caller.isCustomer()) {
			holder = interaction.customerId();
		}
		else {
			holder = customers.relatedParties(interaction.customerId()).stream()
				.filter(p -> p.id().equals(caller.partyId()))
				.findFirst()
				.map(RelatedPartyView::relatedCustomerId)
				.orElse(null);
		}
		if (holder == null) {
			return null;
		}
		boolean onFile = customers.findById(holder, PartnerScope.EVERYONE)
			.map(c -> c.dateOfBirth() != null).orElse(false) && customers.hasIdentityDocument(holder);
		return onFile ? holder : null;
	}

	private CallerCheck verified(Interaction interaction, VerificationMethod method, Actor actor) {
		Instant now = clock.instant();
		interaction.verified(method, actor.agentId(), now, actor.username());
		Interaction saved = save(interaction);
		audit.record(actor, "CALLER_VERIFIED", subject(saved), saved.customerId(),
				List.of(new Change("caller", null, saved.caller().name()), new Change("method", null, method.name())));
		events.publishEvent(new InteractionUpdated(saved.id(), saved.number(), saved.customerId(), saved.partnerId(),
				actor.username(), now, List.of("verification")));
		return check(CallerCheck.Outcome.VERIFIED, saved, method, null);
	}

	private CallerCheck wrong(Interaction interaction, VerificationMethod method, Instant pinLockedUntil,
			Actor actor) {
		Instant now = clock.instant();
		boolean locked = interaction.wrongTry(method, settings.triesPerCall(), now, actor.username());
		Interaction saved = save(interaction);
		if (locked) {
			audit.record(actor, "CALLER_VERIFICATION_LOCKED", subject(saved), saved.customerId(),
					List.of(new Change("method", null, method.name()),
							new Change("failures", null, String.valueOf(saved.failures(method)))));
		}
		return check(locked ? CallerCheck.Outcome.LOCKED_FOR_CALL : CallerCheck.Outcome.WRONG, saved, method,
				pinLockedUntil);
	}

	/** The answer to a try this way, with the tries this way has left on the call. */
	private CallerCheck check(CallerCheck.Outcome outcome, Interaction interaction, VerificationMethod way,
			Instant lockedUntil) {
		int left = interaction.mayTry(way) ? Math.max(0, settings.triesPerCall() - interaction.failures(way)) : 0;
		return new CallerCheck(outcome, left, lockedUntil, view(interaction));
	}

	/** The interaction's caller; the customer itself for an interaction started before callers were named. */
	private CallerView callerNamed(Interaction interaction, Actor actor) {
		if (interaction.caller() == null) {
			interaction.identifyCaller(caller(customerOf(interaction), null), clock.instant(), actor.username());
		}
		return interaction.caller();
	}

	@Override
	public CallerOptions callerOptions(String number, Actor actor) {
		Interaction interaction = ownOpen(number, actor);
		CallerView caller = interaction.caller() != null ? interaction.caller()
				: caller(customerOf(interaction), null);
		CarePinView pin = carePins.status(interaction.customerId());
		return new CallerOptions(pin.set(), pin.lockedUntil(), detailsHolder(interaction, caller) != null,
				settings.triesPerCall());
	}

	@Override
	public boolean callerIsPrimaryPartyOf(UUID customerId, UUID billingAccountId, Actor actor) {
		if (actor.agentId() == null || customerId == null) {
			return false;
		}
		return repository.findByOpenAgentIdAndCustomerId(actor.agentId(), customerId)
			.map(Interaction::caller)
			.map(caller -> customers.isPrimaryParty(billingAccountId, customerId, caller.partyId()))
			.orElse(false);
	}

	/** The actor's open interaction with the customer, as the customer module's gate asks for it. */
	Optional<CurrentCall> currentCall(UUID customerId, Actor actor) {
		if (actor.agentId() == null || customerId == null) {
			return Optional.empty();
		}
		return repository.findByOpenAgentIdAndCustomerId(actor.agentId(), customerId).map(i -> {
			CallerView caller = i.caller();
			return new CurrentCall(i.number(), caller == null ? null : caller.partyId(),
					caller == null ? null : caller.name(), caller == null ? null : caller.role(),
					caller == null ? null : i.verificationMethod(), i.verifiedAt());
		});
	}

	/** Records a secret read out on the actor's open interaction (in the caller's transaction). */
	@Transactional
	void recordReveal(String number, SecretKind kind, String secret, String subject, Actor actor) {
		Interaction interaction = repository.findByNumber(number)
			.filter(i -> i.open() && actor.agentId() != null && actor.agentId().equals(i.openAgentId()))
			.orElseThrow(() -> new NotFoundException(NOT_FOUND, number));
		queries.reveal(interaction.id(), kind, secret, subject, clock.instant(), actor.username(), actor.displayName());
	}

	/** The actor's own open interaction: others' calls are not the actor's to verify or to name a caller on. */
	private Interaction ownOpen(String number, Actor actor) {
		Interaction interaction = visible(number, actor.scope());
		if (!interaction.open()) {
			throw new SwitchboardException("INTERACTION_ALREADY_ENDED", interaction.number());
		}
		if (actor.agentId() == null || !actor.agentId().equals(interaction.agentId())) {
			throw new SwitchboardException("INTERACTION_NOT_YOURS", interaction.number());
		}
		return interaction;
	}

	private CustomerHeader customerOf(Interaction interaction) {
		if (interaction.customerId() == null) {
			throw new SwitchboardException("INTERACTION_CALLER_UNKNOWN");
		}
		return customers.findById(interaction.customerId(), PartnerScope.EVERYONE)
			.orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", interaction.customerId()));
	}

	private static AuditSubject subject(Interaction interaction) {
		return new AuditSubject("INTERACTION", interaction.number());
	}

	private Interaction begin(CustomerHeader customer, Channel channel, Direction direction, CallerView caller,
			Actor actor) {
		Instant now = clock.instant();
		Interaction fresh = new Interaction(Ids.next(), queries.nextNumber(), customer.partnerId(), customer.id(),
				Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(direction, "direction"),
				actor.agentId(), now, now, actor.username());
		fresh.identifyCaller(caller, now, actor.username());
		Interaction interaction = repository.saveAndFlush(fresh);
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
		Collection<UUID> agentIds = interactions.stream()
			.flatMap(i -> java.util.stream.Stream.of(i.agentId(), i.verifiedBy()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, AgentView> names = agentIds.isEmpty() ? Map.of() : agents.findAll(agentIds);
		List<UUID> ids = interactions.stream().map(Interaction::id).toList();
		Map<UUID, List<LinkedTicket>> tickets = new HashMap<>(queries.tickets(ids));
		Map<UUID, List<RevealView>> reveals = new HashMap<>(queries.reveals(ids));
		return interactions.stream()
			.map(i -> i.view(nameOf(names, i.agentId()), tickets.getOrDefault(i.id(), List.of()),
					nameOf(names, i.verifiedBy()), reveals.getOrDefault(i.id(), List.of())))
			.toList();
	}

	private static String nameOf(Map<UUID, AgentView> names, UUID agentId) {
		return agentId == null || !names.containsKey(agentId) ? null : names.get(agentId).displayName();
	}
}
