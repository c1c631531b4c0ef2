package io.switchboard.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the top of the 360 shows, and what other modules need to know about a customer. */
public record CustomerHeader(UUID id, String customerNumber, CustomerType type, CustomerStatus status,
		String displayName, UUID partnerId, UUID signingAgentId, LocalDate dateOfBirth, String preferredLanguage,
		Instant createdAt, Instant updatedAt, String updatedBy, long version) {
}
