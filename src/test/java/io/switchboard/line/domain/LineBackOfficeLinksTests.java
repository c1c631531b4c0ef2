package io.switchboard.line.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Back-office links are built from the partner's templates, with the line's values encoded, or not at all. */
class LineBackOfficeLinksTests {

	static final UUID PARTNER = UUID.randomUUID();
	static final Map<String, String> JANES_LINE = Map.of("mdn", "12025550143", "iccid", "89014103211118510720",
			"imei", "356938035643809", "accountNumber", "ACC 1/7&x");

	@Test
	void placeholdersAreFilledWithTheLinesValuesEncoded() {
		assertThat(BackOfficeLinks.expand("https://ccbo.example.net/accounts/{accountNumber}?msisdn={mdn}", JANES_LINE))
			.isEqualTo("https://ccbo.example.net/accounts/ACC%201%2F7%26x?msisdn=12025550143");
	}

	@Test
	void aTemplateNeedingAValueTheLineLacksGivesNoLink() {
		assertThat(BackOfficeLinks.expand("https://telinfo.example.net/devices/{imei}", Map.of("mdn", "12025550143")))
			.isNull();
		assertThat(BackOfficeLinks.expand("https://x.example.net/{nonsense}", JANES_LINE)).isNull();
	}

	@Test
	void onlyConfiguredHttpLinksAreOfferedInTheOrderOfTheBackOffices() {
		PartnerApi partners = mock(PartnerApi.class);
		when(partners.rule(PARTNER, PartnerRule.BACKOFFICE_LINK_MNP)).thenReturn(Optional.empty());
		when(partners.rule(PARTNER, PartnerRule.BACKOFFICE_LINK_CSM))
			.thenReturn(Optional.of("javascript:alert('{mdn}')"));
		when(partners.rule(PARTNER, PartnerRule.BACKOFFICE_LINK_CCBO))
			.thenReturn(Optional.of("https://ccbo.example.net/{accountNumber}"));
		when(partners.rule(PARTNER, PartnerRule.BACKOFFICE_LINK_TELINFO))
			.thenReturn(Optional.of("http://telinfo.example.net/{imei}"));

		assertThat(new BackOfficeLinks(partners).of(PARTNER, JANES_LINE)).containsExactly(
				new BackOfficeLink(BackOffice.CCBO, "https://ccbo.example.net/ACC%201%2F7%26x"),
				new BackOfficeLink(BackOffice.TELINFO, "http://telinfo.example.net/356938035643809"));
	}
}
