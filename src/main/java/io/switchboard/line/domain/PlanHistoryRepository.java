package io.switchboard.line.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface PlanHistoryRepository extends Repository<PlanPeriod, UUID> {

	List<PlanPeriod> findByLineIdOrderByStartedAtDesc(UUID lineId, Limit limit);
}
