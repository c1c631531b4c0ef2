package io.switchboard.ticket;

import io.switchboard.shared.PartnerScope;
import java.util.Set;
import java.util.UUID;

/** A queue of a partner: its members take the tickets dispatched to it; it may hand them out round-robin. */
public record QueueView(UUID id, String name, UUID partnerId, boolean autoAssign, boolean active, Set<UUID> members,
		long version) {

	/**
	 * Whether someone with this scope may know of the queue (its name, and send tickets to it): the
	 * operator's staff see every queue; an agent or API client of an MVNO or a reseller sees only the
	 * queues of its own partner and of the partners beneath it, never the operator's internal queues or
	 * another partner's. Elsewhere such a queue is shown only as "an internal queue".
	 */
	public boolean visibleTo(PartnerScope scope) {
		return scope.allows(partnerId);
	}
}
