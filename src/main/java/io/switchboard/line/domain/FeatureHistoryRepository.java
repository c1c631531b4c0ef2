package io.switchboard.line.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface FeatureHistoryRepository extends Repository<FeatureOperation, UUID> {

	List<FeatureOperation> findByLineIdOrderByOccurredAtDesc(UUID lineId, Limit limit);
}
