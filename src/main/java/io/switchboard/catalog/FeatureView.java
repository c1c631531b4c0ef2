package io.switchboard.catalog;

import io.switchboard.shared.Money;
import java.util.UUID;

/** A feature (SOC, service order code) that can be added to a line. */
public record FeatureView(UUID id, String code, String name, String description, Money monthlyPrice,
		boolean active) {
}
