package io.switchboard.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One audited action. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private UUID id;

	private Instant occurredAt;

	private UUID actorId;

	private String actorUsername;

	private String actorName;

	private UUID partnerId;

	private String action;

	private String subjectType;

	private String subjectId;

	private UUID customerId;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(UUID id, Instant occurredAt, UUID actorId, String actorUsername, String actorName, UUID partnerId,
			String action, String subjectType, String subjectId, UUID customerId, String details) {
		this.id = id;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorUsername = actorUsername;
		this.actorName = actorName;
		this.partnerId = partnerId;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.customerId = customerId;
		this.details = details;
	}

	UUID id() {
		return id;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	String actorUsername() {
		return actorUsername;
	}

	String actorName() {
		return actorName;
	}

	String action() {
		return action;
	}

	String subjectType() {
		return subjectType;
	}

	String subjectId() {
		return subjectId;
	}

	String details() {
		return details;
	}
}
