package io.switchboard.partner;

import io.switchboard.shared.PartnerScope;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Looks up partners and their rules. Partners change rarely, so answers come from a short-lived snapshot. */
public interface PartnerApi {

	Optional<PartnerView> find(UUID partnerId);

	PartnerView get(UUID partnerId);

	Optional<PartnerView> findByCode(String code);

	List<PartnerView> all();

	Map<UUID, PartnerView> findAll(Collection<UUID> partnerIds);

	/** The partner and every partner beneath it: the customers its agents may see. */
	Set<UUID> selfAndDescendants(UUID partnerId);

	/** The rule's value for the partner: its own, else its nearest ancestor's, else the default. */
	Optional<String> rule(UUID partnerId, PartnerRule rule);

	int intRule(UUID partnerId, PartnerRule rule);

	/** Creates a partner (used by administration and imports). */
	PartnerView create(NewPartner partner);

	/** Sets a rule's value for a partner, after checking it fits the rule's type. */
	void setRule(UUID partnerId, PartnerRule rule, String value, String actor);

	record NewPartner(UUID id, String code, String name, PartnerType type, UUID parentId, List<String> regions,
			String currency, String timeZone) {
	}

	/**
	 * What someone working for this partner may see: every customer for the operator's staff, otherwise
	 * the partner's own and those of the partners beneath it.
	 */
	default PartnerScope scopeOf(UUID partnerId) {
		PartnerView partner = get(partnerId);
		return partner.type() == PartnerType.OPERATOR ? PartnerScope.EVERYONE
				: PartnerScope.of(selfAndDescendants(partner.id()));
	}
}
