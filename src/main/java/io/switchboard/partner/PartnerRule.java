package io.switchboard.partner;

/**
 * The rules a partner can tune, each with its type and default. Back-office link templates hold
 * placeholders filled from the line: {@code {mdn}} (E.164 without the plus), {@code {iccid}},
 * {@code {imei}}, {@code {accountNumber}}; a link without a template is not shown, and an empty
 * template hides for a partner (and those beneath it) a link its parent shows.
 */
public enum PartnerRule {

	/** Show the Lifeline recertification date only this many days before it expires. */
	DAYS_BEFORE_RENEWAL_TO_DISPLAY_LIFELINE_RECERTIFICATION_DATE(Type.INTEGER, "60"),
	/** Tickets without an agent answer for this many days are flagged Expired 1. */
	TICKET_EXPIRY_DAYS(Type.INTEGER, "30"),
	/** Mobile number portability back office. */
	BACKOFFICE_LINK_MNP(Type.URL_TEMPLATE, null),
	/** Network/service provisioning back office (features without opening it). */
	BACKOFFICE_LINK_CSM(Type.URL_TEMPLATE, null),
	/** Customer-care back office. */
	BACKOFFICE_LINK_CCBO(Type.URL_TEMPLATE, null),
	/** Handset information and settings back office. */
	BACKOFFICE_LINK_TELINFO(Type.URL_TEMPLATE, null);

	public enum Type { INTEGER, TEXT, URL_TEMPLATE }

	private final Type type;
	private final String defaultValue;

	PartnerRule(Type type, String defaultValue) {
		this.type = type;
		this.defaultValue = defaultValue;
	}

	public Type type() {
		return type;
	}

	public String defaultValue() {
		return defaultValue;
	}

	/**
	 * Checks a value before it is stored; returns a reason when it does not fit the rule's type. An
	 * empty link template is allowed: it hides a link the partner's parent shows.
	 */
	public String problemWith(String value) {
		if (type == Type.URL_TEMPLATE && value != null && value.isEmpty()) {
			return null;
		}
		if (value == null || value.isBlank()) {
			return "empty";
		}
		return switch (type) {
			case INTEGER -> value.matches("\\d{1,6}") ? null : "not a whole number";
			case URL_TEMPLATE -> value.matches("https?://\\S+") ? null : "not an http(s) URL";
			case TEXT -> null;
		};
	}
}
