package io.switchboard.desk.search;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerMatch;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.desk.search.SearchQuery.Lookup;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineSearch;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The global search: classify what was typed, run each lookup in the module that owns the identifier
 * (customer: names, numbers, e-mail, tax id, contact phones; line: MDN, ICCID, IMEI/ESN), keep what
 * the agent's partner scope allows, and describe each customer found. Line matches are bounded by
 * scope here, through the customer summaries, because lines do not know partners.
 */
@Service
public class DeskSearch {

	static final List<String> ALL_REGIONS = List.of("US", "RU");

	private final CustomerSearch customerSearch;
	private final LineSearch lineSearch;
	private final CustomerApi customers;
	private final LineApi lines;
	private final PartnerApi partners;

	DeskSearch(CustomerSearch customerSearch, LineSearch lineSearch, CustomerApi customers, LineApi lines,
			PartnerApi partners) {
		this.customerSearch = customerSearch;
		this.lineSearch = lineSearch;
		this.customers = customers;
		this.lines = lines;
		this.partners = partners;
	}

	/** The regions whose national phone formats the actor's agents type. */
	public List<String> regionsOf(Actor actor) {
		return partners.find(actor.partnerId()).map(PartnerView::regions).orElse(ALL_REGIONS);
	}

	public SearchResults search(String text, Actor actor, int limit, Locale locale) {
		SearchQuery query = QueryClassifier.classify(text, regionsOf(actor));
		if (query.problem() != null) {
			return new SearchResults(query, List.of(), false);
		}
		PartnerScope scope = actor.scope();
		List<CustomerMatch> matches = new ArrayList<>();
		for (Lookup lookup : query.lookups()) {
			matches.addAll(switch (lookup) {
				case Lookup.ByName name -> customerSearch.byName(name.words(), scope, limit + 1);
				case Lookup.ByCustomerNumber n -> customerSearch.byCustomerNumber(n.number(), scope);
				case Lookup.ByAccountNumber n -> customerSearch.byAccountNumber(n.number(), scope);
				case Lookup.ByContractNumber n -> customerSearch.byContractNumber(n.number(), scope);
				case Lookup.ByEmail e -> customerSearch.byEmail(e.email(), scope);
				case Lookup.ByTaxId t -> customerSearch.byTaxId(t.taxId(), scope);
				case Lookup.ByPhone p -> {
					List<CustomerMatch> found = new ArrayList<>(lineMatches(lineSearch.byMdn(p.numbers())));
					found.addAll(customerSearch.byContactPhone(p.numbers(), scope));
					yield found;
				}
				case Lookup.ByIccid i -> lineMatches(lineSearch.byIccid(i.iccid()));
				case Lookup.ByEquipmentId e -> lineMatches(lineSearch.byEquipmentId(e.equipmentId()));
			});
		}
		// one hit per customer, the first (most specific) match wins
		Map<UUID, CustomerMatch> byCustomer = new LinkedHashMap<>();
		matches.forEach(m -> byCustomer.putIfAbsent(m.customerId(), m));
		Map<UUID, CustomerSummary> visible = customers.summaries(byCustomer.keySet(), scope);
		List<UUID> ids = byCustomer.keySet().stream().filter(visible::containsKey).toList();
		boolean truncated = ids.size() > limit;
		ids = ids.subList(0, Math.min(limit, ids.size()));
		Map<UUID, PartnerView> partnerViews = partners.findAll(
				ids.stream().map(id -> visible.get(id).partnerId()).collect(java.util.stream.Collectors.toSet()));
		Map<UUID, String> mdns = lines.mainMdns(ids);
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (UUID id : ids) {
			CustomerSummary c = visible.get(id);
			CustomerMatch m = byCustomer.get(id);
			PartnerView partner = partnerViews.get(c.partnerId());
			hits.add(new SearchResults.Hit(c, partner == null ? "" : partner.name(), mdns.get(id), m.field(), m.value()));
		}
		if (!query.identifiersOnly()) {
			Collator collator = Collator.getInstance(locale);
			hits.sort(Comparator.comparing(h -> h.customer().displayName(), collator));
		}
		return new SearchResults(query, hits, truncated);
	}

	private static List<CustomerMatch> lineMatches(List<io.switchboard.line.LineMatch> found) {
		return found.stream().map(l -> new CustomerMatch(l.customerId(), l.field(), l.value())).toList();
	}
}
