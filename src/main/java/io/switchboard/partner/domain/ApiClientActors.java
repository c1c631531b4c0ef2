package io.switchboard.partner.domain;

import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.security.ApiActors;
import io.switchboard.shared.Actor;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An API client acting for a partner sees what that partner's agents see: everything for the
 * operator, otherwise the partner's customers and its sub-partners'.
 */
@Component
class ApiClientActors implements ApiActors {

	private final PartnerApi partners;

	ApiClientActors(PartnerApi partners) {
		this.partners = partners;
	}

	@Override
	public Optional<Actor> forClient(String clientId, String clientName, String partnerCode) {
		return partners.findByCode(partnerCode)
			.map(partner -> new Actor(null, "api:" + clientId, clientName, partner.id(), partners.scopeOf(partner.id()),
					Set.of("API")));
	}
}
