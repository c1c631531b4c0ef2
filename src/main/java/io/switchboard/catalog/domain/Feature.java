package io.switchboard.catalog.domain;

import io.switchboard.catalog.FeatureView;
import io.switchboard.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A feature (SOC) the operator offers on lines. */
@Entity
@Table(name = "catalog_feature")
class Feature {

	@Id
	private UUID id;

	private String code;

	private String name;

	private String description;

	private BigDecimal monthlyPrice;

	private String currency;

	private boolean active;

	protected Feature() {
	}

	Feature(FeatureView view) {
		this.id = view.id();
		this.code = view.code();
		this.name = view.name();
		this.description = view.description();
		this.monthlyPrice = view.monthlyPrice().amount();
		this.currency = view.monthlyPrice().currency();
		this.active = view.active();
	}

	FeatureView view() {
		return new FeatureView(id, code, name, description, Money.of(monthlyPrice, currency), active);
	}
}
