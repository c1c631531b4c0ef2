package io.switchboard.ticket.domain;

import io.switchboard.ticket.ResolutionView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A resolution code tickets are closed with. */
@Entity
@Table(name = "ticket_resolution")
class Resolution {

	@Id
	private UUID id;
	private String code;
	private String nameEn;
	private String nameRu;
	private boolean active;
	private Instant updatedAt;
	private String updatedBy;
	@Version
	private long version;

	protected Resolution() {
	}

	Resolution(UUID id, String code) {
		this.id = id;
		this.code = code;
	}

	void set(ResolutionView v, Instant at, String actor) {
		this.nameEn = v.nameEn();
		this.nameRu = v.nameRu();
		this.active = v.active();
		this.updatedAt = at;
		this.updatedBy = actor;
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

	ResolutionView view() {
		return new ResolutionView(id, code, nameEn, nameRu, active, version);
	}
}
