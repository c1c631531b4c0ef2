package io.switchboard.ticket;

import java.util.Set;
import java.util.UUID;

/** A queue of a partner: its members take the tickets dispatched to it; it may hand them out round-robin. */
public record QueueView(UUID id, String name, UUID partnerId, boolean autoAssign, boolean active, Set<UUID> members,
		long version) {
}
