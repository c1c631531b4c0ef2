package io.switchboard.agent;

import io.switchboard.shared.Money;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Looks agents up and creates them (administration and imports). */
public interface AgentApi {

	Optional<AgentView> find(UUID agentId);

	Optional<AgentView> findByUsername(String username);

	Map<UUID, AgentView> findAll(Collection<UUID> agentIds);

	/**
	 * The agents with these usernames, keyed by username as given, read at once (for histories that
	 * recorded who by login and show the person's name); usernames of no agent are left out.
	 */
	Map<String, AgentView> findAllByUsername(Collection<String> usernames);

	/** Creates an agent; the password is hashed here and never stored or logged in clear. */
	AgentView create(NewAgent agent);

	long count();

	record NewAgent(UUID id, String username, String displayName, String rawPassword, UUID partnerId,
			Set<Role> roles, String language, String timeZone, Money approvalLimit) {
	}
}
