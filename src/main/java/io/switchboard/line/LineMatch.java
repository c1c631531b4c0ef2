package io.switchboard.line;

import io.switchboard.customer.CustomerMatch.MatchedField;
import java.util.UUID;

/** A line found by one of its identifiers, with the customer who owns it. */
public record LineMatch(UUID lineId, UUID customerId, MatchedField field, String value) {
}
