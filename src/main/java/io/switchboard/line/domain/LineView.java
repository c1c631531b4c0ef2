package io.switchboard.line.domain;

import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.line.FeatureAction;
import io.switchboard.line.FeatureStatus;
import io.switchboard.line.LineStatus;
import io.switchboard.line.OperationStatus;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the line page shows, read in one go: the line with its plan, features and their
 * histories, SIM (which codes are on file, never their values), device, the user questionnaire, the
 * customer and billing account it belongs to, and the back-office links its partner configured.
 * {@code plan} is null when the catalog no longer knows {@code planCode}; {@code account} when the
 * billing account cannot be read.
 */
public record LineView(UUID id, LineType type, String mdn, String carrier, LineStatus status, String statusReason,
		Instant statusChangedAt, Instant activatedAt, String planCode, PlanView plan, Instant planChangedAt,
		List<PlanChange> planHistory, List<FeatureLine> features, List<FeatureEvent> featureHistory, Money arpu,
		String serviceUsername, boolean hasServicePassword, String forwardingNumber, boolean forwardingEnabled,
		UserQuestionnaire user, SimInfo sim, DeviceInfo device, CustomerHeader customer, BillingAccountView account,
		List<BackOfficeLink> links, long version, Instant updatedAt, String updatedBy) {

	/** Whether the secret named in a URL ({@code pin1}, ..., {@code password}) is on file for this line. */
	public boolean stored(String secretPath) {
		return LineSecret.fromPath(secretPath)
			.map(s -> s == LineSecret.PASSWORD ? hasServicePassword : sim != null && sim.secrets().contains(s))
			.orElse(false);
	}

	/** The link to one back office, or null when the partner has none for this line. */
	public BackOfficeLink link(String office) {
		return links.stream().filter(l -> l.office().name().equals(office)).findFirst().orElse(null);
	}

	/**
	 * One plan the line had; {@code actor} is who changed to it by login, {@code actorName} the agent's
	 * name (null when the login is no agent, e.g. the customer's "self-service").
	 */
	public record PlanChange(String planCode, String planName, String technicalName, Instant startedAt,
			Instant endedAt, String actor, String actorName) {
	}

	public record FeatureLine(String code, String name, FeatureStatus status, Instant activatedAt,
			Instant deactivatedAt) {
	}

	/** One operation on a feature; {@code actor} and {@code actorName} as in {@link PlanChange}. */
	public record FeatureEvent(String code, String name, FeatureAction action, OperationStatus operationStatus,
			Instant occurredAt, String actor, String actorName) {
	}

	/** The active SIM; {@code secrets}: which of its codes are stored. */
	public record SimInfo(String iccid, String imsi, String hlr, Instant installedAt, Set<LineSecret> secrets) {
	}

	public record DeviceInfo(String equipmentId, Imei.Kind kind, String make, String model, Instant attachedAt) {
	}
}
