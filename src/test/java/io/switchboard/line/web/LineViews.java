package io.switchboard.line.web;

import static io.switchboard.catalog.PlanFixtures.aPlan;
import static io.switchboard.customer.CustomerFixtures.aCustomer;
import static io.switchboard.customer.CustomerFixtures.anAccount;

import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerFixtures;
import io.switchboard.customer.CustomerHeader;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Line page views in the words of the page: {@code aLine().suspended("Lost phone", at).withPlan(aPlan()...)}.
 * {@link #aLine()} starts from Jane Doe's active mobile line with everything filled in: a prepaid
 * plan with a history, two features (one failed), a SIM with all four codes on file, a handset, a
 * service login and password, number forwarding, a line user (her son Tom) and two back-office links.
 */
final class LineViews {

	static final UUID LINE_ID = UUID.fromString("0193a1b2-0000-7000-8000-00000000a001");
	static final UUID CUSTOMER_ID = CustomerFixtures.JANE_ID;
	static final Instant ACTIVATED = Instant.parse("2024-03-15T12:00:00Z");
	static final Instant SUSPENDED_AT = Instant.parse("2026-11-20T14:30:00Z");
	static final Instant PLAN_CHANGED = Instant.parse("2026-06-01T08:00:00Z");

	private LineViews() {
	}

	static CustomerHeader jane() {
		return aCustomer().build();
	}

	static UserQuestionnaire tom() {
		return new UserQuestionnaire("Tom Doe", LocalDate.of(2010, 2, 3), "P 4510 123456", "+12025550177",
				"tom@example.org", "1600 Pennsylvania Ave NW", "Jane's son, uses the phone at school");
	}

	static Builder aLine() {
		return new Builder();
	}

	/** Jane's line, suspended on {@link #SUSPENDED_AT} because she lost her phone. */
	static LineView aSuspendedLine() {
		return aLine().suspended("Lost phone", SUSPENDED_AT).build();
	}

	static LineUserSheet sheet(UserQuestionnaire user, long version) {
		return new LineUserSheet(LINE_ID, "+12025550143", jane(), user, version, SUSPENDED_AT, "boris.agent",
				List.of("US"));
	}

	static final class Builder {

		private LineStatus status = LineStatus.ACTIVE;
		private String reason;
		private Instant statusChangedAt = ACTIVATED;
		private PlanView plan = aPlan().build();
		private List<LineView.PlanChange> planHistory = new ArrayList<>(List.of(
				new LineView.PlanChange("UNL-TALK", "Unlimited Talk & Text", "UNL_TT_5G", PLAN_CHANGED, null,
						"anna.agent", "Anna Agent"),
				new LineView.PlanChange("START-10", "Starter 10", "ST10_PP", ACTIVATED, PLAN_CHANGED, "system",
						"Switchboard")));
		private List<LineView.FeatureEvent> featureHistory = new ArrayList<>(List.of(new LineView.FeatureEvent(
				"ROAM-EU", "Roaming Europe", FeatureAction.ADD, OperationStatus.FAILED,
				Instant.parse("2026-11-02T10:00:00Z"), "boris.agent", "Boris Agent")));
		private EnumSet<LineSecret> simCodes = EnumSet.of(LineSecret.PIN1, LineSecret.PUK1, LineSecret.PIN2,
				LineSecret.PUK2);
		private List<BackOfficeLink> links = List.of(
				new BackOfficeLink(BackOffice.MNP, "https://mnp.example.net/port?msisdn=12025550143"),
				new BackOfficeLink(BackOffice.TELINFO, "https://telinfo.example.net/devices/356938035643809"));
		private BillingAccountView account = anAccount().build();
		private String carrier = "T-Mobile";

		Builder suspended(String reason, Instant since) {
			this.status = LineStatus.SUSPENDED;
			this.reason = reason;
			this.statusChangedAt = since;
			return this;
		}

		Builder withPlan(PlanView plan) {
			this.plan = plan;
			return this;
		}

		Builder onAccount(BillingAccountView account) {
			this.account = account;
			return this;
		}

		Builder carrier(String carrier) {
			this.carrier = carrier;
			return this;
		}

		/** Which of the SIM's codes are on file (none: none of them). */
		Builder withSimCodes(LineSecret... codes) {
			this.simCodes = codes.length == 0 ? EnumSet.noneOf(LineSecret.class) : EnumSet.copyOf(Arrays.asList(codes));
			return this;
		}

		Builder withoutBackOfficeLinks() {
			this.links = List.of();
			return this;
		}

		/** The plan history, newest first, replacing the default two plans. */
		Builder withPlanHistory(LineView.PlanChange... changes) {
			this.planHistory = List.of(changes);
			return this;
		}

		Builder withFeatureHistory(LineView.FeatureEvent... events) {
			this.featureHistory = List.of(events);
			return this;
		}

		LineView build() {
			return new LineView(LINE_ID, LineType.MOBILE, "+12025550143", carrier, status, reason, statusChangedAt,
					ACTIVATED, plan.code(), plan, PLAN_CHANGED, planHistory,
					List.of(new LineView.FeatureLine("VM", "Voicemail", FeatureStatus.ACTIVE, ACTIVATED, null),
							new LineView.FeatureLine("ROAM-EU", "Roaming Europe", FeatureStatus.FAILED, null, null)),
					featureHistory, Money.of("31.40", "USD"), "jane.doe", true, "+12025550100", true, tom(),
					new LineView.SimInfo("89014103211118510720", "310150123456789", "HLR-NYC-02", ACTIVATED,
							simCodes),
					new LineView.DeviceInfo("356938035643809", Imei.Kind.IMEI, "Apple", "iPhone 15", ACTIVATED),
					jane(), account, links, 7, statusChangedAt, "boris.agent");
		}
	}
}
