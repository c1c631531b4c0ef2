package io.switchboard.line.web;

import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.AccountStatus;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.ContractType;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.line.FeatureAction;
import io.switchboard.line.FeatureStatus;
import io.switchboard.line.LineStatus;
import io.switchboard.line.OperationStatus;
import io.switchboard.line.domain.BackOffice;
import io.switchboard.line.domain.BackOfficeLink;
import io.switchboard.line.domain.LineSecret;
import io.switchboard.line.domain.LineUserSheet;
import io.switchboard.line.domain.LineView;
import io.switchboard.line.domain.UserQuestionnaire;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Line page views in the words of the page: a suspended line of Jane Doe's with everything filled in. */
final class LineViews {

	static final UUID LINE_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000a001");
	static final UUID CUSTOMER_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000c001");
	static final UUID PARTNER_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000b001");
	static final Instant SUSPENDED_AT = Instant.parse("2026-11-20T14:30:00Z");

	private LineViews() {
	}

	static CustomerHeader jane() {
		return new CustomerHeader(CUSTOMER_ID, "100001", CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, "Jane Q. Doe",
				PARTNER_ID, null, LocalDate.of(1985, 4, 12), "en", Instant.parse("2024-01-01T10:00:00Z"), null, null, 3);
	}

	static UserQuestionnaire tom() {
		return new UserQuestionnaire("Tom Doe", LocalDate.of(2010, 2, 3), "P 4510 123456", "+12025550177",
				"tom@example.org", "1600 Pennsylvania Ave NW", "Jane's son, uses the phone at school");
	}

	static LineView aSuspendedLine() {
		return aSuspendedLine(EnumSet.allOf(LineSecret.class).stream().filter(LineSecret::onSim).toList(), true);
	}

	static LineView aSuspendedLine(List<LineSecret> simCodes, boolean withLinks) {
		PlanView plan = new PlanView(UUID.randomUUID(), "UNL-TALK", "Unlimited Talk & Text", "UNL_TT_5G", LineType.MOBILE,
				PaymentType.PREPAID, Money.of("25.00", "USD"), null, null, 10240, 0, Money.zero("USD"), true);
		BillingAccountView account = new BillingAccountView(UUID.randomUUID(), CUSTOMER_ID, "1000001", "C-2024-000017",
				ContractType.values()[0], LocalDate.of(2024, 3, 15), "Downtown", PaymentType.PREPAID, 1,
				AccountStatus.values()[0], Money.zero("USD"), "Jane Q. Doe");
		List<BackOfficeLink> links = withLinks
				? List.of(new BackOfficeLink(BackOffice.MNP, "https://mnp.example.net/port?msisdn=12025550143"),
						new BackOfficeLink(BackOffice.TELINFO, "https://telinfo.example.net/devices/356938035643809"))
				: List.of();
		return new LineView(LINE_ID, LineType.MOBILE, "+12025550143", "T-Mobile", LineStatus.SUSPENDED, "Lost phone",
				SUSPENDED_AT, Instant.parse("2024-03-15T12:00:00Z"), "UNL-TALK", plan,
				Instant.parse("2026-06-01T08:00:00Z"),
				List.of(new LineView.PlanChange("UNL-TALK", "Unlimited Talk & Text", "UNL_TT_5G",
						Instant.parse("2026-06-01T08:00:00Z"), null, "anna.agent"),
						new LineView.PlanChange("START-10", "Starter 10", "ST10_PP", Instant.parse("2024-03-15T12:00:00Z"),
								Instant.parse("2026-06-01T08:00:00Z"), "system")),
				List.of(new LineView.FeatureLine("VM", "Voicemail", FeatureStatus.ACTIVE,
						Instant.parse("2024-03-15T12:00:00Z"), null),
						new LineView.FeatureLine("ROAM-EU", "Roaming Europe", FeatureStatus.FAILED, null, null)),
				List.of(new LineView.FeatureEvent("ROAM-EU", "Roaming Europe", FeatureAction.ADD, OperationStatus.FAILED,
						Instant.parse("2026-11-02T10:00:00Z"), "boris.agent")),
				Money.of("31.40", "USD"), "jane.doe", true, "+12025550100", true, tom(),
				new LineView.SimInfo("89014103211118510720", "310150123456789", "HLR-NYC-02",
						Instant.parse("2024-03-15T12:00:00Z"), simCodes.isEmpty() ? EnumSet.noneOf(LineSecret.class)
								: EnumSet.copyOf(simCodes)),
				new LineView.DeviceInfo("356938035643809", Imei.Kind.IMEI, "Apple", "iPhone 15",
						Instant.parse("2024-03-15T12:00:00Z")),
				jane(), account, links, 7, SUSPENDED_AT, "boris.agent");
	}

	static LineUserSheet sheet(UserQuestionnaire user, long version) {
		return new LineUserSheet(LINE_ID, "+12025550143", jane(), user, version, SUSPENDED_AT, "boris.agent",
				List.of("US"));
	}
}
