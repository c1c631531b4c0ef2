package io.switchboard.ticket.domain;

import io.switchboard.ticket.Priority;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What only a ticket category has: the hours its SLA gives a ticket of each priority before it is due.
 * The category itself (its code, names, order, in use or not, who changed it) is an entry of the coded
 * list {@link io.switchboard.ticket.TicketAdmin#CATEGORIES}, with the same id; the code is kept here too,
 * since it never changes and the ticket lists join on it.
 */
@Entity
@Table(name = "ticket_category")
class Category {

	static final int MAX_SLA_HOURS = 24 * 365;

	@Id
	private UUID id;
	private String code;
	private int slaCriticalHours;
	private int slaHighHours;
	private int slaMediumHours;
	private int slaLowHours;

	protected Category() {
	}

	Category(UUID id, String code) {
		this.id = id;
		this.code = code;
	}

	void sla(int critical, int high, int medium, int low) {
		this.slaCriticalHours = critical;
		this.slaHighHours = high;
		this.slaMediumHours = medium;
		this.slaLowHours = low;
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	int slaHours(Priority priority) {
		return switch (priority) {
			case CRITICAL -> slaCriticalHours;
			case HIGH -> slaHighHours;
			case MEDIUM -> slaMediumHours;
			case LOW -> slaLowHours;
		};
	}
}
