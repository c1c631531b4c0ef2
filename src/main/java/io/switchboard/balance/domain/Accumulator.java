package io.switchboard.balance.domain;

import io.switchboard.balance.LineBalances;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A usage counter for a period (e.g. roaming data used, money spent on premium numbers). */
@Entity(name = "BalanceAccumulator")
@Table(name = "balance_accumulator")
class Accumulator {

	@Id
	private UUID id;

	private UUID lineId;

	private String name;

	private BigDecimal amount;

	private String unit;

	private Instant periodStart;

	private Instant periodEnd;

	protected Accumulator() {
	}

	LineBalances.Accumulator view() {
		return new LineBalances.Accumulator(name, amount, unit, periodStart, periodEnd);
	}
}
