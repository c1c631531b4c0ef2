package io.switchboard.audit;

import io.switchboard.shared.Actor;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so an audited
 * change and its entry are written together or not at all. Reads are by subject or customer; the
 * caller checks the actor may see that customer before it asks.
 */
public interface AuditApi {

	void record(Actor actor, String action, AuditSubject subject, UUID customerId, List<Change> changes);

	List<AuditEntryView> forCustomer(UUID customerId, int limit);

	List<AuditEntryView> forSubject(AuditSubject subject, int limit);

	/** What was audited: e.g. {@code CUSTOMER 100001} or {@code LINE 0193...}. */
	record AuditSubject(String type, String id) {
	}

	/** One field's change; {@code before}/{@code after} are null when absent, masked when secret. */
	record Change(String field, String before, String after) {
	}
}
