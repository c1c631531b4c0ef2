package io.switchboard.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One partner's value for one {@link io.switchboard.partner.PartnerRule}. */
@Entity
@Table(name = "partner_rule")
class PartnerRuleSetting {

	@EmbeddedId
	private Key key;

	@Column(name = "rule_value")
	private String value;

	private Instant updatedAt;

	private String updatedBy;

	protected PartnerRuleSetting() {
	}

	PartnerRuleSetting(UUID partnerId, String rule, String value, Instant at, String by) {
		this.key = new Key(partnerId, rule);
		update(value, at, by);
	}

	void update(String value, Instant at, String by) {
		this.value = value;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	Key key() {
		return key;
	}

	String value() {
		return value;
	}

	@Embeddable
	record Key(@Column(name = "partner_id") UUID partnerId, @Column(name = "rule_key") String rule)
			implements Serializable {
	}
}
