package io.switchboard.partner.domain;

import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers partner questions from a snapshot of all partners and rules, reloaded at most every
 * {@link #MAX_AGE} (and at once on this node after a change), so a search of fifty results does not
 * ask the database fifty times who the partners are.
 */
@Service
class Partners implements PartnerApi {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final PartnerRepository partners;
	private final PartnerRuleRepository rules;
	private final Clock clock;

	private volatile Snapshot snapshot;

	Partners(PartnerRepository partners, PartnerRuleRepository rules, Clock clock) {
		this.partners = partners;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public Optional<PartnerView> find(UUID partnerId) {
		return Optional.ofNullable(partnerId).map(id -> snapshot().byId.get(id));
	}

	@Override
	public PartnerView get(UUID partnerId) {
		return find(partnerId).orElseThrow(() -> new NotFoundException("PARTNER_NOT_FOUND", partnerId));
	}

	@Override
	public Optional<PartnerView> findByCode(String code) {
		return snapshot().byId.values().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
	}

	@Override
	public List<PartnerView> all() {
		return snapshot().byId.values().stream().sorted(Comparator.comparing(PartnerView::name)).toList();
	}

	@Override
	public Map<UUID, PartnerView> findAll(Collection<UUID> partnerIds) {
		Snapshot current = snapshot();
		Map<UUID, PartnerView> found = new HashMap<>();
		for (UUID id : partnerIds) {
			PartnerView view = current.byId.get(id);
			if (view != null) {
				found.put(id, view);
			}
		}
		return found;
	}

	@Override
	public Set<UUID> selfAndDescendants(UUID partnerId) {
		Snapshot current = snapshot();
		Set<UUID> found = new HashSet<>();
		Deque<UUID> pending = new ArrayDeque<>(List.of(partnerId));
		while (!pending.isEmpty()) {
			UUID next = pending.pop();
			if (found.add(next)) {
				current.byId.values().stream().filter(p -> next.equals(p.parentId())).map(PartnerView::id)
					.forEach(pending::push);
			}
		}
		return found;
	}

	@Override
	public Optional<String> rule(UUID partnerId, PartnerRule rule) {
		Snapshot current = snapshot();
		UUID at = partnerId;
		Set<UUID> seen = new HashSet<>();
		while (at != null && seen.add(at)) {
			String value = current.rules.get(new PartnerRuleSetting.Key(at, rule.name()));
			if (value != null) {
				// an empty value is set on purpose: "not for this partner", whatever its parent says
				return value.isEmpty() ? Optional.empty() : Optional.of(value);
			}
			PartnerView partner = current.byId.get(at);
			at = partner == null ? null : partner.parentId();
		}
		return Optional.ofNullable(rule.defaultValue());
	}

	@Override
	public int intRule(UUID partnerId, PartnerRule rule) {
		if (rule.type() != PartnerRule.Type.INTEGER) {
			throw new IllegalArgumentException(rule + " is not a number rule");
		}
		return Integer.parseInt(rule(partnerId, rule).orElse(rule.defaultValue()));
	}

	@Override
	@Transactional
	public PartnerView create(NewPartner partner) {
		Partner saved = partners.save(new Partner(partner.id(), partner.code(), partner.name(), partner.type(),
				partner.parentId(), partner.regions(), partner.currency(), partner.timeZone(), clock.instant()));
		snapshot = null;
		return saved.view();
	}

	@Override
	@Transactional
	public void setRule(UUID partnerId, PartnerRule rule, String value, String actor) {
		get(partnerId);
		String problem = rule.problemWith(value);
		if (problem != null) {
			throw new SwitchboardException("PARTNER_RULE_INVALID", rule.name(), problem);
		}
		Instant now = clock.instant();
		rules.findById(new PartnerRuleSetting.Key(partnerId, rule.name()))
			.ifPresentOrElse(setting -> setting.update(value, now, actor),
					() -> rules.save(new PartnerRuleSetting(partnerId, rule.name(), value, now, actor)));
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || current.loadedAt.plus(MAX_AGE).isBefore(now)) {
			Map<UUID, PartnerView> byId = partners.findAll().stream().map(Partner::view)
				.collect(Collectors.toMap(PartnerView::id, p -> p, (a, b) -> a, LinkedHashMap::new));
			Map<PartnerRuleSetting.Key, String> values = rules.findAll().stream()
				.collect(Collectors.toMap(PartnerRuleSetting::key, PartnerRuleSetting::value));
			current = new Snapshot(Map.copyOf(byId), Map.copyOf(values), now);
			snapshot = current;
		}
		return current;
	}

	private record Snapshot(Map<UUID, PartnerView> byId, Map<PartnerRuleSetting.Key, String> rules,
			Instant loadedAt) {
	}
}
