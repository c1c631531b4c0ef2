package io.switchboard.customer.domain;

import io.switchboard.customer.AccountStatus;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.ContractType;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A billing account: what the customer's lines are billed to, under a contract (number, type, date,
 * the branch that signed it). Prepaid or postpaid; {@code balance} is what is owed on it.
 */
@Entity
@Table(name = "customer_billing_account")
class BillingAccount {

	@Id
	private UUID id;

	private UUID customerId;

	private String accountNumber;

	private String contractNumber;

	private String contractKey;

	@Enumerated(EnumType.STRING)
	private ContractType contractType;

	private LocalDate contractDate;

	private String branch;

	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentType paymentType;

	private Integer billCycleDay;

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	private BigDecimal balance;

	private UUID primaryPartyId;

	private Instant createdAt;

	protected BillingAccount() {
	}

	UUID customerId() {
		return customerId;
	}

	UUID primaryPartyId() {
		return primaryPartyId;
	}

	BillingAccountView view(String primaryPartyName) {
		return new BillingAccountView(id, customerId, accountNumber, contractNumber, contractType, contractDate, branch,
				paymentType, billCycleDay, status, Money.of(balance, currency), primaryPartyName);
	}

	/** Contract numbers are matched without case, spaces or punctuation: "д 2024/0001" finds "Д-2024-0001". */
	static String contractKey(String contractNumber) {
		if (contractNumber == null) {
			return null;
		}
		return contractNumber.toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
