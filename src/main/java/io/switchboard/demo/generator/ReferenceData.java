package io.switchboard.demo.generator;

import io.switchboard.agent.Role;
import io.switchboard.catalog.FeatureView;
import io.switchboard.catalog.PlanView;
import io.switchboard.partner.PartnerApi.NewPartner;
import io.switchboard.partner.PartnerRule;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything of the demo operator that is not a customer: the partners and their rules, the agents
 * (the demo logins and the generated signing agents), the catalog of plans and features, and the
 * interactions' wrap-up codes.
 */
public record ReferenceData(List<NewPartner> partners, List<Rule> rules, List<Agent> agents, List<PlanView> plans,
		List<FeatureView> features, List<CodedEntry> wrapUpCodes) {

	public ReferenceData {
		partners = List.copyOf(partners);
		rules = List.copyOf(rules);
		agents = List.copyOf(agents);
		plans = List.copyOf(plans);
		features = List.copyOf(features);
		wrapUpCodes = List.copyOf(wrapUpCodes);
	}

	/** One partner's value for a rule. */
	public record Rule(DemoPartner partner, PartnerRule rule, String value) {
	}

	/**
	 * An agent to create. {@code password} is the demo login's password, or null for a generated agent,
	 * which gets a random password nobody knows (it exists to sign customers up, not to log in).
	 * {@code signsFor} is the segment whose customers it signs up, null for the demo logins.
	 */
	public record Agent(UUID id, String username, String displayName, String password, DemoPartner partner,
			Set<Role> roles, String language, String timeZone, Money approvalLimit, Segment signsFor) {
	}

	public UUID partnerId(DemoPartner partner) {
		return partners.stream().filter(p -> p.code().equals(partner.code())).findFirst().orElseThrow().id();
	}

	/** The tenancy of freshly generated data: these partners' ids and these signing agents. */
	public Tenancy tenancy() {
		Map<DemoPartner, UUID> ids = new EnumMap<>(DemoPartner.class);
		for (DemoPartner partner : DemoPartner.values()) {
			ids.put(partner, partnerId(partner));
		}
		Map<Segment, List<Tenancy.Signer>> signers = agents.stream()
			.filter(a -> a.signsFor() != null)
			.collect(Collectors.groupingBy(Agent::signsFor, () -> new EnumMap<>(Segment.class),
					Collectors.mapping(a -> new Tenancy.Signer(a.id(), a.username(), a.displayName()),
							Collectors.toList())));
		return new Tenancy(ids, signers);
	}
}
