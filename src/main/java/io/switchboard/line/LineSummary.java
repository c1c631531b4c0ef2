package io.switchboard.line;

import io.switchboard.catalog.LineType;
import java.time.Instant;
import java.util.UUID;

/** A line as lists show it: the 360's lines panel, search results, other modules. */
public record LineSummary(UUID id, UUID customerId, UUID billingAccountId, LineType type, String mdn, String carrier,
		LineStatus status, String statusReason, Instant statusChangedAt, String planCode, Instant planChangedAt,
		String deviceMake, String deviceModel) {
}
