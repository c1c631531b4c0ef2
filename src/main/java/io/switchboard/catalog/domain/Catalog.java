package io.switchboard.catalog.domain;

import io.switchboard.catalog.CatalogApi;
import io.switchboard.catalog.FeatureView;
import io.switchboard.catalog.PlanView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class Catalog implements CatalogApi {

	private final PlanRepository plans;
	private final FeatureRepository features;

	Catalog(PlanRepository plans, FeatureRepository features) {
		this.plans = plans;
		this.features = features;
	}

	@Override
	public List<PlanView> plans() {
		return plans.findAllByOrderByName().stream().map(Plan::view).toList();
	}

	@Override
	public Optional<PlanView> plan(String code) {
		return plans.findByCode(code).map(Plan::view);
	}

	@Override
	public Map<String, PlanView> plans(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return plans.findByCodeIn(codes).stream().map(Plan::view).collect(Collectors.toMap(PlanView::code, p -> p));
	}

	@Override
	public List<FeatureView> features() {
		return features.findAllByOrderByCode().stream().map(Feature::view).toList();
	}

	@Override
	public Map<String, FeatureView> features(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return features.findByCodeIn(codes).stream().map(Feature::view)
			.collect(Collectors.toMap(FeatureView::code, f -> f));
	}

	@Override
	@Transactional
	public PlanView addPlan(PlanView plan) {
		return plans.save(new Plan(plan)).view();
	}

	@Override
	@Transactional
	public FeatureView addFeature(FeatureView feature) {
		return features.save(new Feature(feature)).view();
	}
}
