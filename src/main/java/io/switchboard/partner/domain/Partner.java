package io.switchboard.partner.domain;

import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A tenant. The operator is the root; an MVNO or reseller hangs beneath it (a reseller may hang
 * beneath an MVNO). A partner's agents see the customers of the partner and of those beneath it.
 */
@Entity
@Table(name = "partner")
class Partner {

	@Id
	private UUID id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_type")
	private PartnerType type;

	private UUID parentId;

	private String regions;

	private String currency;

	private String timeZone;

	private Instant createdAt;

	protected Partner() {
	}

	Partner(UUID id, String code, String name, PartnerType type, UUID parentId, List<String> regions, String currency,
			String timeZone, Instant createdAt) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.type = type;
		this.parentId = parentId;
		this.regions = String.join(",", regions);
		this.currency = currency;
		this.timeZone = ZoneId.of(timeZone).getId();
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	PartnerView view() {
		return new PartnerView(id, code, name, type, parentId, Arrays.asList(regions.split(",")), currency,
				ZoneId.of(timeZone));
	}
}
