package io.switchboard.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the audit trail as pages show it. */
public record AuditEntryView(UUID id, Instant occurredAt, String actorUsername, String actorName, String action,
		String subjectType, String subjectId, List<AuditApi.Change> changes) {
}
