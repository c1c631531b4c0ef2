package io.switchboard.partner;

/** What kind of business a partner is; the operator's staff see every partner's customers. */
public enum PartnerType {
	OPERATOR, MVNO, RESELLER
}
