package io.switchboard.partner;

import java.util.List;

/**
 * The rules a partner can tune, each with its type and default. Back-office link templates hold
 * placeholders filled from the line: {@code {mdn}} (E.164 without the plus), {@code {iccid}},
 * {@code {imei}}, {@code {accountNumber}}; a link without a template is not shown, and an empty
 * template hides for a partner (and those beneath it) a link its parent shows. The
 * {@code SECRET_VERIFICATION_*} rules say how the caller must have proved who they are before the agent
 * may read a secret out: {@code PIN} (the care PIN only), {@code PIN_OR_DOB_ID} (the care PIN, or the date
 * of birth with the last 4 digits of an identity document) or {@code NONE} (no verification, e.g. for a
 * partner whose agents never talk to callers).
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
	BACKOFFICE_LINK_TELINFO(Type.URL_TEMPLATE, null),
	/** What verification of the caller reading out a SIM's PIN or PUK code needs. */
	SECRET_VERIFICATION_PIN_PUK(Type.CHOICE, "PIN_OR_DOB_ID", Verification.CHOICES),
	/** What verification of the caller reading out a line's service password needs. */
	SECRET_VERIFICATION_SERVICE_PASSWORD(Type.CHOICE, "PIN_OR_DOB_ID", Verification.CHOICES),
	/** What verification of the caller reading out an identity document (passport) number needs. */
	SECRET_VERIFICATION_IDENTITY_DOCUMENT(Type.CHOICE, "PIN_OR_DOB_ID", Verification.CHOICES);

	/** {@code CHOICE}: one of the rule's {@link #choices()}. */
	public enum Type { INTEGER, TEXT, URL_TEMPLATE, CHOICE }

	/** The values of the {@code SECRET_VERIFICATION_*} rules, strictest first. */
	private static final class Verification {
		static final List<String> CHOICES = List.of("PIN", "PIN_OR_DOB_ID", "NONE");
	}

	private final Type type;
	private final String defaultValue;
	private final List<String> choices;

	PartnerRule(Type type, String defaultValue) {
		this(type, defaultValue, List.of());
	}

	PartnerRule(Type type, String defaultValue, List<String> choices) {
		this.type = type;
		this.defaultValue = defaultValue;
		this.choices = choices;
	}

	public Type type() {
		return type;
	}

	public String defaultValue() {
		return defaultValue;
	}

	/** The values a {@code CHOICE} rule takes (empty for the other types). */
	public List<String> choices() {
		return choices;
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
			case CHOICE -> choices.contains(value) ? null : "not one of " + String.join(", ", choices);
		};
	}
}
