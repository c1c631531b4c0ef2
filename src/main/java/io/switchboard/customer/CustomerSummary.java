package io.switchboard.customer;

import java.util.UUID;

/** One customer in a list (search results, recently opened). */
public record CustomerSummary(UUID id, String customerNumber, String displayName, CustomerType type,
		CustomerStatus status, UUID partnerId) {
}
