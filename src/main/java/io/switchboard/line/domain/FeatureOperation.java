package io.switchboard.line.domain;

import io.switchboard.line.FeatureAction;
import io.switchboard.line.OperationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One operation on a feature (SOC) of a line, as the SOC history shows it: what, how it ended, when, who. */
@Entity(name = "LineFeatureOperation")
@Table(name = "line_feature_history")
class FeatureOperation {

	@Id
	private UUID id;

	private UUID lineId;

	private String featureCode;

	@Enumerated(EnumType.STRING)
	private FeatureAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "op_status")
	private OperationStatus operationStatus;

	private Instant occurredAt;

	private String actor;

	protected FeatureOperation() {
	}

	String featureCode() {
		return featureCode;
	}

	FeatureAction action() {
		return action;
	}

	OperationStatus operationStatus() {
		return operationStatus;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	String actor() {
		return actor;
	}
}
