package io.switchboard.customer.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.audit.AuditValues;
import io.switchboard.customer.FlashNoteAdded;
import io.switchboard.customer.Severity;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts FLASH notes on customers: audited, and announced as {@link FlashNoteAdded}. */
@Service
public class FlashNotes {

	public static final int MAX_LENGTH = 2000;

	private final Customers customers;
	private final FlashNoteRepository notes;
	private final AuditApi audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FlashNotes(Customers customers, FlashNoteRepository notes, AuditApi audit, ApplicationEventPublisher events,
			Clock clock) {
		this.customers = customers;
		this.notes = notes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a note on the customer, shown through {@code lastDay} (null: until someone removes it). The
	 * day ends at midnight in {@code zone}, the writing agent's time zone.
	 */
	@Transactional
	public void add(String customerNumber, String body, Severity severity, LocalDate lastDay, ZoneId zone,
			Actor actor) {
		Customer c = customers.visible(customerNumber, actor.scope());
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new SwitchboardException("FLASH_NOTE_INVALID");
		}
		Instant now = clock.instant();
		Instant expiresAt = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new SwitchboardException("FLASH_NOTE_EXPIRY_IN_PAST");
		}
		FlashNote note = notes.save(new FlashNote(Ids.next(), c.id(), text, severity, actor.agentId(),
				actor.displayName(), now, expiresAt, lastDay));
		audit.record(actor, "FLASH_NOTE_ADDED", new AuditSubject("CUSTOMER", c.customerNumber()), c.id(),
				List.of(new Change("flashNote", null,
						AuditValues.term("severity." + severity) + ": " + AuditValues.text(text))));
		events.publishEvent(new FlashNoteAdded(c.id(), c.customerNumber(), note.id(), severity, actor.username()));
	}
}
