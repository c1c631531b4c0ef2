package io.switchboard.line.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stretch of time a line spent on one plan; the current plan's period has no end. Written once. */
@Entity(name = "LinePlanPeriod")
@Table(name = "line_plan_history")
class PlanPeriod {

	@Id
	private UUID id;

	private UUID lineId;

	private String planCode;

	private Instant startedAt;

	private Instant endedAt;

	private String actor;

	protected PlanPeriod() {
	}

	String planCode() {
		return planCode;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant endedAt() {
		return endedAt;
	}

	String actor() {
		return actor;
	}
}
