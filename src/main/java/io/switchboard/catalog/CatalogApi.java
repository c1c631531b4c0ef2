package io.switchboard.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog, and adds to it (administration and imports). */
public interface CatalogApi {

	List<PlanView> plans();

	Optional<PlanView> plan(String code);

	Map<String, PlanView> plans(Collection<String> codes);

	List<FeatureView> features();

	Map<String, FeatureView> features(Collection<String> codes);

	PlanView addPlan(PlanView plan);

	FeatureView addFeature(FeatureView feature);
}
