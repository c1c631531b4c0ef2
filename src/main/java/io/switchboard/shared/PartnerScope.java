package io.switchboard.shared;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which partners' customers an actor may see. Operator staff see everyone; an agent of an MVNO or a
 * reseller sees its own partner and the partners beneath it. Every query that returns customer data
 * takes a scope, so a customer outside it is indistinguishable from one that does not exist.
 */
public record PartnerScope(boolean everyone, Set<UUID> partnerIds) implements java.io.Serializable {

	public static final PartnerScope EVERYONE = new PartnerScope(true, Set.of());

	public PartnerScope {
		partnerIds = Set.copyOf(partnerIds);
	}

	public static PartnerScope of(Collection<UUID> partnerIds) {
		return new PartnerScope(false, Set.copyOf(partnerIds));
	}

	public boolean allows(UUID partnerId) {
		return everyone || partnerIds.contains(partnerId);
	}
}
