package io.switchboard.interaction;

import io.switchboard.platform.codes.CodedEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes interactions and wrap-up codes in bulk, for the demo operator, the large-dataset loader and
 * migrations from another care system. Joins the caller's transaction; values are expected valid.
 * Imported interactions get their numbers from the same sequence as live ones and announce nothing.
 */
public interface InteractionImport {

	/** Writes wrap-up codes as they are, with their names (entries of {@link WrapUpCodeAdmin#WRAP_UP_CODES}). */
	void importWrapUpCodes(List<CodedEntry> codes);

	void importInteractions(List<ImportedInteraction> interactions);

	record ImportedInteraction(UUID id, UUID partnerId, UUID customerId, Channel channel, Direction direction,
			UUID agentId, String agentUsername, String reason, String wrapUpCode, String notes, Instant startedAt,
			Instant endedAt) {
	}
}
