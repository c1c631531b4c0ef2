package io.switchboard.agent.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface AgentRepository extends Repository<Agent, UUID> {

	Optional<Agent> findById(UUID id);

	Optional<Agent> findByUsername(String username);

	List<Agent> findByIdIn(Collection<UUID> ids);

	List<Agent> findByUsernameIn(Collection<String> usernames);

	Agent save(Agent agent);

	long count();
}
