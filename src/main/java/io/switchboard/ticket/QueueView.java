package io.switchboard.ticket;

import io.switchboard.platform.codes.Coded;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.PartnerScope;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A queue of a partner's back office: an entry of the administered list {@link TicketAdmin#QUEUES} (its
 * code, its names in every language, in use or not), with the partner it belongs to, its members, who
 * take the tickets dispatched to it, and whether it hands them out itself, round-robin.
 */
public record QueueView(CodedEntry entry, UUID partnerId, boolean autoAssign, Set<UUID> members) implements Coded {

	public QueueView {
		members = Set.copyOf(members);
	}

	public UUID id() {
		return entry.id();
	}

	public String code() {
		return entry.code();
	}

	public boolean active() {
		return entry.active();
	}

	public long version() {
		return entry.version();
	}

	/** The name in the agent's language (else English, else the code). */
	public String name(Locale locale) {
		return entry.name(locale);
	}

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
