package io.switchboard.platform.tmf;

import java.util.List;

/**
 * One attribute filter of a TMF630 query: {@code status=open,pending} (any of the values),
 * {@code lastUpdate.gt=2026-01-01} or {@code lastUpdate>=2026-01-01}, {@code relatedParty.id=100001}.
 */
public record TmfCondition(String attribute, Operator operator, List<String> values) {

	public TmfCondition {
		values = List.copyOf(values);
	}

	public enum Operator {
		EQ, GT, GTE, LT, LTE
	}
}
