package io.switchboard.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface FeatureRepository extends Repository<Feature, UUID> {

	List<Feature> findAllByOrderByCode();

	List<Feature> findByCodeIn(Collection<String> codes);

	Feature save(Feature feature);
}
