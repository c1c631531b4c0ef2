package io.switchboard.ticket.domain;

import io.switchboard.ticket.TicketStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Statuses are stored with their labels ({@code OPEN-REJECT RETURN}), as the API and the lists read them. */
@Converter(autoApply = true)
class StatusConverter implements AttributeConverter<TicketStatus, String> {

	@Override
	public String convertToDatabaseColumn(TicketStatus status) {
		return status == null ? null : status.label();
	}

	@Override
	public TicketStatus convertToEntityAttribute(String label) {
		return label == null ? null : TicketStatus.fromLabel(label).orElseThrow();
	}
}
