package io.switchboard.audit.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class AuditTrail implements AuditApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};
	private static final int MAX_DETAILS = 4000;

	private final AuditEntryRepository entries;
	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Actor actor, String action, AuditSubject subject, UUID customerId, List<Change> changes) {
		String details = changes == null || changes.isEmpty() ? null : JSON.writeValueAsString(changes);
		if (details != null && details.length() > MAX_DETAILS) {
			details = JSON.writeValueAsString(changes.stream().map(c -> new Change(c.field(), truncate(c.before()),
					truncate(c.after()))).toList());
		}
		entries.save(new AuditEntry(Ids.next(), clock.instant(), actor.agentId(), actor.username(),
				actor.displayName(), actor.partnerId(), action, subject.type(), subject.id(), customerId, details));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntryView> forCustomer(UUID customerId, int limit) {
		return entries.findByCustomerIdOrderByOccurredAtDesc(customerId, Limit.of(limit)).stream().map(this::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntryView> forSubject(AuditSubject subject, int limit) {
		return entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(subject.type(), subject.id(), Limit.of(limit))
			.stream().map(this::view).toList();
	}

	private AuditEntryView view(AuditEntry entry) {
		List<Change> changes = entry.details() == null ? List.of() : JSON.readValue(entry.details(), CHANGES);
		return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actorUsername(), entry.actorName(),
				entry.action(), entry.subjectType(), entry.subjectId(), changes);
	}

	private static String truncate(String value) {
		return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
	}
}
