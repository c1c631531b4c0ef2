package io.switchboard.demo.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who generated customers belong to: the partners' ids and, per segment, the agents who sign customers
 * up (and write their FLASH notes). Taken from freshly generated reference data, or looked up in a
 * database that already has the demo operator when a load appends to it.
 */
public record Tenancy(Map<DemoPartner, UUID> partners, Map<Segment, List<Signer>> signers) {

	public Tenancy {
		for (DemoPartner partner : DemoPartner.values()) {
			if (!partners.containsKey(partner)) {
				throw new IllegalArgumentException("no id for partner " + partner.code());
			}
		}
		for (Segment segment : Segment.values()) {
			if (signers.getOrDefault(segment, List.of()).isEmpty()) {
				throw new IllegalArgumentException("no signing agent for " + segment);
			}
		}
		partners = Map.copyOf(new EnumMap<>(partners));
		signers = Map.copyOf(new EnumMap<>(signers));
	}

	public UUID partnerId(DemoPartner partner) {
		return partners.get(partner);
	}

	public List<Signer> signers(Segment segment) {
		return signers.get(segment);
	}

	/** An agent who signs customers up: referenced by id, shown by name, recorded by username. */
	public record Signer(UUID id, String username, String displayName) {
	}
}
