package io.switchboard.interaction.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InteractionRepository extends Repository<Interaction, UUID> {

	Optional<Interaction> findByNumber(String number);

	Optional<Interaction> findById(UUID id);

	Optional<Interaction> findByOpenAgentIdAndCustomerId(UUID agentId, UUID customerId);

	@Query("select i from Interaction i where i.openAgentId = ?1 order by i.startedAt")
	List<Interaction> findOpenOf(UUID agentId);

	List<Interaction> findAllById(Iterable<UUID> ids);

	List<Interaction> findByNumberIn(Collection<String> numbers);

	Interaction saveAndFlush(Interaction interaction);
}
