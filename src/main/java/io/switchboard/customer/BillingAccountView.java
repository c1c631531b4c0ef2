package io.switchboard.customer;

import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A billing account and its contract. {@code balance} is what the customer owes on it (negative:
 * in credit).
 */
public record BillingAccountView(UUID id, UUID customerId, String accountNumber, String contractNumber,
		ContractType contractType, LocalDate contractDate, String branch, PaymentType paymentType,
		Integer billCycleDay, AccountStatus status, Money balance, String primaryPartyName) {
}
