package io.switchboard.demo.generator;

import io.switchboard.partner.PartnerType;
import java.util.List;

/**
 * The four partners of the demo operator: the operator itself at the root, with an MVNO and two
 * resellers beneath it. Their codes are fixed, so a later load finds them again whatever the seed.
 */
public enum DemoPartner {

	/** The operator: US and Russian customers, owns the network and the back offices. */
	OPERATOR("SWITCHBOARD", "Switchboard Mobile", PartnerType.OPERATOR, null, List.of("US", "RU"), "USD",
			"America/New_York"),
	/** An MVNO selling under its own brand on the operator's US network. */
	MVNO("NIMBUS", "Nimbus Mobile", PartnerType.MVNO, OPERATOR, List.of("US"), "USD", "America/Chicago"),
	/** A US reseller with shops in Florida. */
	BLUEWAVE("BLUEWAVE", "Bluewave Wireless", PartnerType.RESELLER, OPERATOR, List.of("US"), "USD",
			"America/New_York"),
	/** A Russian reseller in the Volga region, selling the operator's Russian plans. */
	RU_RESELLER("SVYAZPLUS", "Связь-Плюс", PartnerType.RESELLER, OPERATOR, List.of("RU"), "RUB", "Europe/Moscow");

	private final String code;
	private final String displayName;
	private final PartnerType type;
	private final DemoPartner parent;
	private final List<String> regions;
	private final String currency;
	private final String timeZone;

	DemoPartner(String code, String displayName, PartnerType type, DemoPartner parent, List<String> regions,
			String currency, String timeZone) {
		this.code = code;
		this.displayName = displayName;
		this.type = type;
		this.parent = parent;
		this.regions = regions;
		this.currency = currency;
		this.timeZone = timeZone;
	}

	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}

	public PartnerType type() {
		return type;
	}

	public DemoPartner parent() {
		return parent;
	}

	public List<String> regions() {
		return regions;
	}

	public String currency() {
		return currency;
	}

	public String timeZone() {
		return timeZone;
	}
}
