package io.switchboard.partner;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A partner as other modules see it. {@code regions} are the ISO regions whose national phone
 * number formats the partner's agents type (e.g. {@code US}, {@code RU}).
 */
public record PartnerView(UUID id, String code, String name, PartnerType type, UUID parentId, List<String> regions,
		String currency, ZoneId timeZone) {

	public boolean isReseller() {
		return type == PartnerType.RESELLER;
	}
}
