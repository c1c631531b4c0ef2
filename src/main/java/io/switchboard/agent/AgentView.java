package io.switchboard.agent;

import io.switchboard.shared.Money;
import java.util.Set;
import java.util.UUID;

/** An agent as other modules see it (never the password hash). */
public record AgentView(UUID id, String username, String displayName, UUID partnerId, Set<Role> roles,
		String language, String timeZone, Money approvalLimit, boolean enabled) {
}
