package io.switchboard.customer.domain;

import io.switchboard.customer.FlashNoteView;
import io.switchboard.customer.Severity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A FLASH note: an alert on the customer that every agent opening the 360 sees first ("Customer
 * disputes the March bill, do not transfer"), until it expires. An agent gives the last day it shows;
 * it stops showing at the end of that day in the agent's time zone ({@code expiresAt}), and pages show
 * the day itself ({@code lastDay}), which no time zone moves.
 */
@Entity
@Table(name = "customer_flash_note")
class FlashNote {

	@Id
	private UUID id;

	private UUID customerId;

	private String body;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	private UUID authorAgentId;

	private String authorName;

	private Instant createdAt;

	private Instant expiresAt;

	/** The last day the agent asked for; null for notes imported or written with an instant only. */
	private LocalDate lastDay;

	protected FlashNote() {
	}

	FlashNote(UUID id, UUID customerId, String body, Severity severity, UUID authorAgentId, String authorName,
			Instant createdAt, Instant expiresAt, LocalDate lastDay) {
		this.id = id;
		this.customerId = customerId;
		this.body = body;
		this.severity = severity;
		this.authorAgentId = authorAgentId;
		this.authorName = authorName;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.lastDay = lastDay;
	}

	UUID id() {
		return id;
	}

	FlashNoteView view() {
		return new FlashNoteView(id, body, severity, authorName, createdAt, expiresAt, lastDay);
	}
}
