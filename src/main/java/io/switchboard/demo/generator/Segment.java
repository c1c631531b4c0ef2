package io.switchboard.demo.generator;

/**
 * A slice of the customer base: whose customers they are and which country they live in. The operator
 * serves both countries, so it has two segments; each segment has its own signing agents, plans,
 * names (Latin or Cyrillic) and numbering.
 */
public enum Segment {

	OPERATOR_US(DemoPartner.OPERATOR, false, 45, 0.35),
	OPERATOR_RU(DemoPartner.OPERATOR, true, 25, 0.45),
	MVNO(DemoPartner.MVNO, false, 12, 0.50),
	BLUEWAVE(DemoPartner.BLUEWAVE, false, 10, 0.60),
	RU_RESELLER(DemoPartner.RU_RESELLER, true, 8, 0.55);

	private final DemoPartner partner;
	private final boolean russian;
	private final double weight;
	private final double prepaidShare;

	Segment(DemoPartner partner, boolean russian, double weight, double prepaidShare) {
		this.partner = partner;
		this.russian = russian;
		this.weight = weight;
		this.prepaidShare = prepaidShare;
	}

	public DemoPartner partner() {
		return partner;
	}

	/** Russian customers: Cyrillic names, +7 numbers, roubles; the others are American. */
	public boolean russian() {
		return russian;
	}

	/** The share of the customer base, relative to the other segments. */
	double weight() {
		return weight;
	}

	/** How many of its individual customers pay in advance. */
	double prepaidShare() {
		return prepaidShare;
	}

	String currency() {
		return russian ? "RUB" : "USD";
	}
}
