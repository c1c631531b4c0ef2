package io.switchboard.line;

import io.switchboard.catalog.LineType;
import io.switchboard.customer.CustomerFixtures;
import java.time.Instant;
import java.util.UUID;

/**
 * Lines as lists read them ({@link LineSummary}: the 360's lines panel, other modules), in the desk's
 * words: {@code aLine().number("+12025550143").suspended("Lost phone", at)},
 * {@code aLine().cancelledOn(at)}, {@code aBroadbandLine()}. Starts from an active mobile line of
 * Jane's on the operator's network, with a handset.
 */
public final class LineFixtures {

	public static final Instant ACTIVATED = Instant.parse("2024-03-15T12:00:00Z");

	private LineFixtures() {
	}

	public static Builder aLine() {
		return new Builder();
	}

	/** A fibre or 5G home connection: no number, no handset. */
	public static Builder aBroadbandLine() {
		return new Builder().ofType(LineType.BROADBAND).number(null).carrier("Switchboard 5G Home").withoutDevice();
	}

	public static final class Builder {

		private UUID id = UUID.randomUUID();
		private UUID customerId = CustomerFixtures.JANE_ID;
		private UUID accountId = UUID.randomUUID();
		private LineType type = LineType.MOBILE;
		private String mdn = "+12025550143";
		private String carrier = "Switchboard Mobile";
		private LineStatus status = LineStatus.ACTIVE;
		private String reason;
		private Instant statusChangedAt = ACTIVATED;
		private String planCode = "UNL-TALK";
		private String make = "Apple";
		private String model = "iPhone 15";

		public Builder withId(UUID id) {
			this.id = id;
			return this;
		}

		public Builder of(UUID customerId) {
			this.customerId = customerId;
			return this;
		}

		public Builder onAccount(UUID accountId) {
			this.accountId = accountId;
			return this;
		}

		public Builder ofType(LineType type) {
			this.type = type;
			return this;
		}

		public Builder number(String e164) {
			this.mdn = e164;
			return this;
		}

		public Builder carrier(String carrier) {
			this.carrier = carrier;
			return this;
		}

		public Builder onPlan(String planCode) {
			this.planCode = planCode;
			return this;
		}

		public Builder activeSince(Instant at) {
			return moved(LineStatus.ACTIVE, null, at);
		}

		public Builder suspended(String reason, Instant since) {
			return moved(LineStatus.SUSPENDED, reason, since);
		}

		public Builder cancelledOn(Instant at) {
			return moved(LineStatus.CANCELLED, "Customer request", at);
		}

		public Builder waitingForActivation(Instant since) {
			return moved(LineStatus.PENDING, null, since);
		}

		public Builder withDevice(String make, String model) {
			this.make = make;
			this.model = model;
			return this;
		}

		public Builder withoutDevice() {
			this.make = null;
			this.model = null;
			return this;
		}

		private Builder moved(LineStatus status, String reason, Instant at) {
			this.status = status;
			this.reason = reason;
			this.statusChangedAt = at;
			return this;
		}

		public LineSummary build() {
			return new LineSummary(id, customerId, accountId, type, mdn, carrier, status, reason, statusChangedAt,
					planCode, ACTIVATED, make, model);
		}
	}
}
