package io.switchboard.balance.domain;

import io.switchboard.balance.LineBalances;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money beside the main balance: a bonus, a top-up promotion; spent first, and it may expire. */
@Entity(name = "BalanceAdditional")
@Table(name = "balance_additional")
class AdditionalBalance {

	@Id
	private UUID id;

	private UUID lineId;

	private String name;

	private BigDecimal amount;

	private String currency;

	private Instant expiresAt;

	protected AdditionalBalance() {
	}

	Instant expiresAt() {
		return expiresAt;
	}

	String name() {
		return name;
	}

	LineBalances.Additional view() {
		return new LineBalances.Additional(name, Money.of(amount, currency), expiresAt);
	}
}
