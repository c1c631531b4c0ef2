package io.switchboard.balance.domain;

import io.switchboard.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The prepaid main balance of a line: money paid in advance, spent by usage outside the buckets and by
 * fees, valid until it expires unless topped up. Postpaid lines have none. {@code updatedAt} is when
 * the stored values (this balance and the line's buckets) were last taken from the charging system.
 */
@Entity(name = "BalanceAccount")
@Table(name = "balance_account")
class BalanceAccount {

	@Id
	private UUID lineId;

	private BigDecimal mainBalance;

	private String currency;

	private Instant expiresAt;

	private Instant updatedAt;

	protected BalanceAccount() {
	}

	UUID lineId() {
		return lineId;
	}

	Money mainBalance() {
		return Money.of(mainBalance, currency);
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
