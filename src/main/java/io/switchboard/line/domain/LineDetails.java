package io.switchboard.line.domain;

import io.switchboard.shared.ChangedBySomeoneElse;

import io.switchboard.agent.AgentApi;
import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.catalog.FeatureView;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.SecretKind;
import io.switchboard.customer.SecretReveals;
import io.switchboard.line.FeatureStatus;
import io.switchboard.line.domain.LineView.DeviceInfo;
import io.switchboard.line.domain.LineView.FeatureEvent;
import io.switchboard.line.domain.LineView.FeatureLine;
import io.switchboard.line.domain.LineView.PlanChange;
import io.switchboard.line.domain.LineView.SimInfo;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.platform.crypto.Secret;
import io.switchboard.shared.Actor;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The line page's application service: reads a line with everything the agent needs, reveals a
 * secret (audited in the same transaction, so there is no reveal without its entry), and saves the
 * user questionnaire against the version the agent opened. A line whose customer is outside the
 * actor's partner scope is not found, exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class LineDetails {

	static final int HISTORY_SHOWN = 50;
	static final int ACTIVITY_SHOWN = 25;

	private final LineRepository lines;
	private final PlanHistoryRepository planHistory;
	private final FeatureHistoryRepository featureHistory;
	private final CustomerApi customers;
	private final CatalogApi catalog;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final BackOfficeLinks backOffices;
	private final AuditApi audit;
	private final JdbcClient jdbc;
	private final SecretReveals reveals;
	private final Clock clock;

	LineDetails(LineRepository lines, PlanHistoryRepository planHistory, FeatureHistoryRepository featureHistory,
			CustomerApi customers, CatalogApi catalog, PartnerApi partners, AgentApi agents,
			BackOfficeLinks backOffices, AuditApi audit, JdbcClient jdbc, SecretReveals reveals, Clock clock) {
		this.reveals = reveals;
		this.lines = lines;
		this.planHistory = planHistory;
		this.featureHistory = featureHistory;
		this.customers = customers;
		this.catalog = catalog;
		this.partners = partners;
		this.agents = agents;
		this.backOffices = backOffices;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LineView view(UUID lineId, PartnerScope scope) {
		Visible visible = visible(lineId, scope);
		Line line = visible.line();
		CustomerHeader customer = visible.customer();
		List<PlanPeriod> periods = planHistory.findByLineIdOrderByStartedAtDesc(lineId, Limit.of(HISTORY_SHOWN));
		List<FeatureOperation> operations = featureHistory.findByLineIdOrderByOccurredAtDesc(lineId,
				Limit.of(HISTORY_SHOWN));

		Set<String> planCodes = new HashSet<>();
		planCodes.add(line.planCode());
		periods.forEach(p -> planCodes.add(p.planCode()));
		Map<String, PlanView> plans = catalog.plans(planCodes);
		Set<String> featureCodes = new HashSet<>();
		line.features().forEach(f -> featureCodes.add(f.featureCode()));
		operations.forEach(o -> featureCodes.add(o.featureCode()));
		Map<String, FeatureView> features = catalog.features(featureCodes);
		Set<String> actors = new HashSet<>();
		periods.forEach(p -> actors.add(p.actor()));
		operations.forEach(o -> actors.add(o.actor()));
		Map<String, String> names = names(actors);

		BillingAccountView account = customers.account(line.billingAccountId()).orElse(null);
		SimInfo sim = line.activeSim()
			.map(s -> new SimInfo(s.iccid(), s.imsi(), s.hlr(), s.installedAt(), s.storedSecrets()))
			.orElse(null);
		DeviceInfo device = line.activeDevice()
			.map(d -> new DeviceInfo(d.equipmentId(), d.equipmentIdType(), d.make(), d.model(), d.attachedAt()))
			.orElse(null);

		Map<String, String> linkValues = new HashMap<>();
		if (line.mdn() != null) {
			linkValues.put("mdn", line.mdn().startsWith("+") ? line.mdn().substring(1) : line.mdn());
		}
		if (sim != null) {
			linkValues.put("iccid", sim.iccid());
		}
		if (device != null) {
			linkValues.put("imei", device.equipmentId());
		}
		if (account != null) {
			linkValues.put("accountNumber", account.accountNumber());
		}

		return new LineView(line.id(), line.lineType(), line.mdn(), line.carrier(), line.status(), line.statusReason(),
				line.statusChangedAt(), line.activatedAt(), line.planCode(), plans.get(line.planCode()),
				line.planChangedAt(),
				periods.stream().map(p -> planChange(p, plans.get(p.planCode()), names)).toList(),
				line.features().stream()
					.map(f -> new FeatureLine(f.featureCode(), name(features.get(f.featureCode())), f.status(),
							f.activatedAt(), f.deactivatedAt()))
					.sorted(Comparator.comparing(FeatureLine::status, Comparator.comparingInt(LineDetails::rank))
						.thenComparing(FeatureLine::code))
					.toList(),
				operations.stream()
					.map(o -> new FeatureEvent(o.featureCode(), name(features.get(o.featureCode())), o.action(),
							o.operationStatus(), o.occurredAt(), o.actor(), names.get(o.actor())))
					.toList(),
				line.arpu(), line.serviceUsername(), line.hasServicePassword(), line.forwardingNumber(),
				line.forwardingEnabled(), line.user(), sim, device, customer, account,
				backOffices.of(customer.partnerId(), linkValues), line.version(), line.updatedAt(), line.updatedBy());
	}

	/** The line's audit trail, newest first. */
	public List<AuditEntryView> activity(UUID lineId, PartnerScope scope) {
		UUID customerId = lines.customerOf(lineId).orElseThrow(() -> notFound(lineId));
		customers.findById(customerId, scope).orElseThrow(() -> notFound(lineId));
		return audit.forSubject(subject(lineId), ACTIVITY_SHOWN);
	}

	/**
	 * Reads out one secret for the agent, once the caller is verified as the customer's partner asks for
	 * this kind of secret ({@link SecretReveals}: refused with {@link io.switchboard.customer.RevealRefused}
	 * otherwise, and the reveal recorded on the agent's call). The audit entry names the secret (and the SIM
	 * it belongs to), never its value, and is written in this transaction: no entry, no value.
	 */
	@Transactional
	public RevealedSecret reveal(UUID lineId, LineSecret which, Actor actor) {
		Visible visible = visible(lineId, actor.scope());
		Line line = visible.line();
		Secret secret = line.secret(which).orElseThrow(() -> new NotFoundException("LINE_SECRET_NOT_STORED", which));
		reveals.allow(line.customerId(), which.onSim() ? SecretKind.PIN_PUK : SecretKind.SERVICE_PASSWORD,
				which.name(), line.mdn(), actor);
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("secret", which.name(), null));
		if (which.onSim()) {
			line.activeSim().ifPresent(sim -> changes.add(new Change("iccid", sim.iccid(), null)));
		}
		audit.record(actor, "LINE_SECRET_REVEALED", subject(lineId), line.customerId(), changes);
		return new RevealedSecret(which, secret.reveal());
	}

	public LineUserSheet userSheet(UUID lineId, PartnerScope scope) {
		Visible visible = visible(lineId, scope);
		Line line = visible.line();
		List<String> regions = partners.find(visible.customer().partnerId()).map(PartnerView::regions)
			.orElse(List.of());
		return new LineUserSheet(line.id(), line.mdn(), visible.customer(), line.user(), line.version(),
				line.updatedAt(), line.updatedBy(), regions);
	}

	/**
	 * Saves the user questionnaire an agent edited from {@code expectedVersion} of the line. Refused
	 * with {@link ChangedBySomeoneElse} when the line changed since (checked here, and again by the
	 * database's version check at the write). Returns the fields that changed; when none did, nothing
	 * is written and nothing audited.
	 */
	@Transactional
	public List<String> changeUser(UUID lineId, long expectedVersion, UserQuestionnaire questionnaire, Actor actor) {
		Line line = visible(lineId, actor.scope()).line();
		if (line.version() != expectedVersion) {
			throw new ChangedBySomeoneElse("LINE_CHANGED_BY_SOMEONE_ELSE", line.updatedBy(), line.updatedAt(), line.version());
		}
		Instant now = clock.instant();
		Map<String, String[]> changes = line.changeUser(questionnaire, actor.username(), now);
		if (changes.isEmpty()) {
			return List.of();
		}
		try {
			lines.saveAndFlush(line);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw jdbc.sql("select updated_by, updated_at, version from line_service where id = :id")
				.param("id", lineId)
				.query((rs, row) -> new ChangedBySomeoneElse("LINE_CHANGED_BY_SOMEONE_ELSE", rs.getString(1),
						rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3)))
				.single();
		}
		audit.record(actor, "LINE_QUESTIONNAIRE_CHANGED", subject(lineId), line.customerId(),
				changes.entrySet().stream().map(e -> new Change(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
		return List.copyOf(changes.keySet());
	}

	private Visible visible(UUID lineId, PartnerScope scope) {
		Line line = lines.findById(lineId).orElseThrow(() -> notFound(lineId));
		CustomerHeader customer = customers.findById(line.customerId(), scope).orElseThrow(() -> notFound(lineId));
		return new Visible(line, customer);
	}

	static AuditSubject subject(UUID lineId) {
		return new AuditSubject("LINE", lineId.toString());
	}

	private static NotFoundException notFound(UUID lineId) {
		return new NotFoundException("LINE_NOT_FOUND", lineId);
	}

	private static PlanChange planChange(PlanPeriod period, PlanView plan, Map<String, String> names) {
		return new PlanChange(period.planCode(), plan == null ? null : plan.name(),
				plan == null ? null : plan.technicalName(), period.startedAt(), period.endedAt(), period.actor(),
				names.get(period.actor()));
	}

	/**
	 * The names of the people behind these logins, read at once: an agent's display name, the system's
	 * own changes under its name. Other logins (the customer's "self-service", an agent who is no more)
	 * have no name here; the page names the ones it knows and shows the rest as recorded.
	 */
	private Map<String, String> names(Set<String> usernames) {
		usernames.remove(null);
		Map<String, String> names = new HashMap<>();
		agents.findAllByUsername(usernames).forEach((username, agent) -> names.put(username, agent.displayName()));
		if (usernames.contains(Actor.SYSTEM.username())) {
			names.putIfAbsent(Actor.SYSTEM.username(), Actor.SYSTEM.displayName());
		}
		return names;
	}

	private static String name(FeatureView feature) {
		return feature == null ? null : feature.name();
	}

	/** Features in force first, then those on their way, failed, and removed last. */
	private static int rank(FeatureStatus status) {
		return switch (status) {
			case ACTIVE -> 0;
			case PENDING_ACTIVATION -> 1;
			case PENDING_REMOVAL -> 2;
			case FAILED -> 3;
			case REMOVED -> 4;
		};
	}

	private record Visible(Line line, CustomerHeader customer) {
	}
}
