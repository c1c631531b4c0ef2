package io.switchboard.line.domain;

import io.switchboard.line.FeatureStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A feature (SOC) on a line and where it stands in the network. */
@Entity(name = "LineFeature")
@Table(name = "line_feature")
class LineFeature {

	@Id
	private UUID id;

	private String featureCode;

	@Enumerated(EnumType.STRING)
	private FeatureStatus status;

	private Instant activatedAt;

	private Instant deactivatedAt;

	protected LineFeature() {
	}

	String featureCode() {
		return featureCode;
	}

	FeatureStatus status() {
		return status;
	}

	Instant activatedAt() {
		return activatedAt;
	}

	Instant deactivatedAt() {
		return deactivatedAt;
	}

	@Override
	public String toString() {
		return "LineFeature[" + featureCode + ", " + status + "]";
	}
}
