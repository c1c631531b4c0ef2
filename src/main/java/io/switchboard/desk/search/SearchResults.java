package io.switchboard.desk.search;

import io.switchboard.customer.CustomerMatch.MatchedField;
import io.switchboard.customer.CustomerSummary;
import java.util.List;
import java.util.Optional;

/** What a search found: one hit per customer, with the field that matched. */
public record SearchResults(SearchQuery query, List<Hit> hits, boolean truncated) {

	public record Hit(CustomerSummary customer, String partnerName, String mainMdn, MatchedField field, String value) {
	}

	/** The one customer to open directly: an exact identifier that matched exactly one customer. */
	public Optional<Hit> single() {
		return query.identifiersOnly() && hits.size() == 1 ? Optional.of(hits.getFirst()) : Optional.empty();
	}
}
