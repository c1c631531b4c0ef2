package io.switchboard.line;

import io.switchboard.catalog.LineType;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes lines in bulk with their SIM, device, features and histories (demo operator, large-dataset
 * loader, migrations). Secrets (PIN/PUK, service password) arrive in clear and are encrypted here.
 */
public interface LineImport {

	void importLines(List<NewLine> lines);

	long count();

	record NewLine(UUID id, UUID customerId, UUID billingAccountId, LineType type, String mdn, String carrier,
			LineStatus status, String statusReason, Instant statusChangedAt, Instant activatedAt, String planCode,
			Instant planChangedAt, Money arpu, String serviceUsername, String servicePassword, String forwardingNumber,
			boolean forwardingEnabled, LineUser user, NewSim sim, NewDevice device, List<NewFeature> features,
			List<PlanPeriod> planHistory, List<FeatureEvent> featureHistory, Instant createdAt, String createdBy) {
	}

	/** The person who actually uses the number, when it is not the contract holder. All optional. */
	record LineUser(String fullName, LocalDate dateOfBirth, String document, String phone, String email,
			String address, String notes) {
	}

	record NewSim(UUID id, String iccid, String imsi, String pin1, String puk1, String pin2, String puk2, String hlr,
			Instant installedAt) {
	}

	/** {@code equipmentIdType}: IMEI, ESN or MEID (see {@link io.switchboard.shared.Imei.Kind}). */
	record NewDevice(UUID id, String equipmentId, Imei.Kind equipmentIdType, String make, String model,
			Instant attachedAt) {
	}

	record NewFeature(UUID id, String featureCode, FeatureStatus status, Instant activatedAt, Instant deactivatedAt) {
	}

	record PlanPeriod(UUID id, String planCode, Instant startedAt, Instant endedAt, String actor) {
	}

	record FeatureEvent(UUID id, String featureCode, FeatureAction action, OperationStatus operationStatus,
			Instant occurredAt, String actor) {
	}
}
