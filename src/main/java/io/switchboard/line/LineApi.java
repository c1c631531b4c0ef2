package io.switchboard.line;

import io.switchboard.shared.PartnerScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads lines. A line is visible to an actor when its customer is. */
public interface LineApi {

	/** The customer's lines: active first, then suspended, pending and cancelled; by MDN within each. */
	List<LineSummary> linesOf(UUID customerId);

	/** The line, if it exists and its customer is within the scope. */
	Optional<LineSummary> find(UUID lineId, PartnerScope scope);

	/**
	 * The customer's ARPU: the average monthly revenue stored on its lines that are not cancelled,
	 * summed; empty when none of them has one or their currencies differ.
	 */
	Optional<io.switchboard.shared.Money> arpu(UUID customerId);

	/** Each customer's main number: its first active line's MDN, else any line's. */
	Map<UUID, String> mainMdns(Collection<UUID> customerIds);
}
