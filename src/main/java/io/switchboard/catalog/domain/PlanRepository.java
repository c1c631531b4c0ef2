package io.switchboard.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface PlanRepository extends Repository<Plan, UUID> {

	List<Plan> findAllByOrderByName();

	Optional<Plan> findByCode(String code);

	List<Plan> findByCodeIn(Collection<String> codes);

	Plan save(Plan plan);
}
