package io.switchboard.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in one currency. Never a {@code double}: amounts are kept at four decimal
 * places, as stored ({@code numeric(19,4)}), and shown at the currency's own precision.
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (currency.length() != 3) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
		}
		amount = amount.setScale(4, RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isGreaterThan(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount) > 0;
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(amount.stripTrailingZeros(), currency);
	}

	@Override
	public String toString() {
		return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
	}
}
