package io.switchboard.ticket.domain;

import io.switchboard.ticket.CategoryView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A ticket category and its SLA: the hours a ticket of each priority has before it is due. */
@Entity
@Table(name = "ticket_category")
class Category {

	@Id
	private UUID id;
	private String code;
	private String nameEn;
	private String nameRu;
	private int slaCriticalHours;
	private int slaHighHours;
	private int slaMediumHours;
	private int slaLowHours;
	private boolean active;
	private Instant updatedAt;
	private String updatedBy;
	@Version
	private long version;

	protected Category() {
	}

	Category(UUID id, String code) {
		this.id = id;
		this.code = code;
	}

	void set(CategoryView v, Instant at, String actor) {
		this.nameEn = v.nameEn();
		this.nameRu = v.nameRu();
		this.slaCriticalHours = v.slaCriticalHours();
		this.slaHighHours = v.slaHighHours();
		this.slaMediumHours = v.slaMediumHours();
		this.slaLowHours = v.slaLowHours();
		this.active = v.active();
		this.updatedAt = at;
		this.updatedBy = actor;
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	long version() {
		return version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	CategoryView view() {
		return new CategoryView(id, code, nameEn, nameRu, slaCriticalHours, slaHighHours, slaMediumHours, slaLowHours,
				active, version);
	}
}
