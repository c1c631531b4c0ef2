package io.switchboard.catalog;

import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.util.UUID;

/**
 * A price plan. Allowances are per bill period; {@code null} means unlimited. The early termination
 * fee applies when a line on this plan is cancelled within its commitment.
 */
public record PlanView(UUID id, String code, String name, String technicalName, LineType lineType,
		PaymentType paymentType, Money monthlyFee, Integer includedMinutes, Integer includedTexts,
		Integer includedDataMb, int commitmentMonths, Money earlyTerminationFee, boolean active) {
}
