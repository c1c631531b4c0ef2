package io.switchboard.catalog.domain;

import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A price plan the operator sells. Lines refer to it by its code. */
@Entity
@Table(name = "catalog_plan")
class Plan {

	@Id
	private UUID id;

	private String code;

	private String name;

	private String technicalName;

	@Enumerated(EnumType.STRING)
	private LineType lineType;

	@Enumerated(EnumType.STRING)
	private PaymentType paymentType;

	private BigDecimal monthlyFee;

	private String currency;

	private Integer includedMinutes;

	private Integer includedTexts;

	private Integer includedDataMb;

	private int commitmentMonths;

	private BigDecimal earlyTerminationFee;

	private UUID partnerId;

	private boolean active;

	protected Plan() {
	}

	Plan(PlanView view) {
		this.id = view.id();
		this.code = view.code();
		this.name = view.name();
		this.technicalName = view.technicalName();
		this.lineType = view.lineType();
		this.paymentType = view.paymentType();
		this.monthlyFee = view.monthlyFee().amount();
		this.currency = view.monthlyFee().currency();
		this.includedMinutes = view.includedMinutes();
		this.includedTexts = view.includedTexts();
		this.includedDataMb = view.includedDataMb();
		this.commitmentMonths = view.commitmentMonths();
		this.earlyTerminationFee = view.earlyTerminationFee().amount();
		this.active = view.active();
	}

	PlanView view() {
		return new PlanView(id, code, name, technicalName, lineType, paymentType, Money.of(monthlyFee, currency),
				includedMinutes, includedTexts, includedDataMb, commitmentMonths, Money.of(earlyTerminationFee, currency),
				active);
	}
}
