package io.switchboard.agent.domain;

import io.switchboard.agent.AgentView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login looks agents up here. The partner scope is fixed at login: operator staff see everyone,
 * anyone else sees its own partner and the partners beneath it.
 */
@Component
class AgentUserStore implements UserDetailsService {

	private final AgentRepository agents;
	private final PartnerApi partners;

	AgentUserStore(AgentRepository agents, PartnerApi partners) {
		this.agents = agents;
		this.partners = partners;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Agent agent = agents.findByUsername(Agents.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown agent"));
		AgentView view = agent.view();
		PartnerView partner = partners.get(view.partnerId());
		return new AgentDetails(view, agent.passwordHash(), partners.scopeOf(partner.id()), partner.name());
	}
}
