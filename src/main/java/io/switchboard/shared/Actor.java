package io.switchboard.shared;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: an agent logged in to the desk, an API client, or the system itself (jobs, the demo
 * loader). Every write records its actor; every read is bounded by its {@link PartnerScope}.
 */
public record Actor(UUID agentId, String username, String displayName, UUID partnerId, PartnerScope scope,
		Set<String> roles) implements java.io.Serializable {

	public static final Actor SYSTEM = new Actor(null, "system", "Switchboard", null, PartnerScope.EVERYONE, Set.of());

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(scope, "scope");
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}
}
