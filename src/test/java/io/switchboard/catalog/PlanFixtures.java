package io.switchboard.catalog;

import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.util.UUID;

/**
 * Plans for tests, in the catalog's words: {@code aPlan().named("Unlimited Talk & Text").prepaid()
 * .costing("25.00", "USD").withData(10240)}. Starts from a prepaid US mobile plan with 10 GB of data
 * and unlimited minutes and texts.
 */
public final class PlanFixtures {

	private PlanFixtures() {
	}

	public static Builder aPlan() {
		return new Builder();
	}

	public static final class Builder {

		private String code = "UNL-TALK";
		private String name = "Unlimited Talk & Text";
		private String technicalName = "UNL_TT_5G";
		private LineType lineType = LineType.MOBILE;
		private PaymentType paymentType = PaymentType.PREPAID;
		private Money monthlyFee = Money.of("25.00", "USD");
		private Integer minutes;
		private Integer texts;
		private Integer dataMb = 10240;

		public Builder coded(String code) {
			this.code = code;
			return this;
		}

		public Builder named(String name, String technicalName) {
			this.name = name;
			this.technicalName = technicalName;
			return this;
		}

		public Builder prepaid() {
			this.paymentType = PaymentType.PREPAID;
			return this;
		}

		public Builder postpaid() {
			this.paymentType = PaymentType.POSTPAID;
			return this;
		}

		public Builder costing(String monthlyFee, String currency) {
			this.monthlyFee = Money.of(monthlyFee, currency);
			return this;
		}

		public Builder forLines(LineType lineType) {
			this.lineType = lineType;
			return this;
		}

		/** Minutes, texts and megabytes included each period; null is unlimited. */
		public Builder including(Integer minutes, Integer texts, Integer dataMb) {
			this.minutes = minutes;
			this.texts = texts;
			this.dataMb = dataMb;
			return this;
		}

		public PlanView build() {
			return new PlanView(UUID.nameUUIDFromBytes(code.getBytes()), code, name, technicalName, lineType,
					paymentType, monthlyFee, minutes, texts, dataMb, 0, Money.zero(monthlyFee.currency()), true);
		}
	}
}
