package io.switchboard.line.domain;

import io.switchboard.customer.CustomerHeader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The user questionnaire as the edit form needs it: the values, the line's version they were read at,
 * who changed the line last, and the regions whose national phone formats the partner's agents type.
 */
public record LineUserSheet(UUID lineId, String mdn, CustomerHeader customer, UserQuestionnaire user, long version,
		Instant updatedAt, String updatedBy, List<String> regions) {
}
