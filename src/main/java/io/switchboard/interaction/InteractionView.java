package io.switchboard.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interaction as the desk and the TMF683 adapter read it. {@code customerId} is null for a contact
 * an integrator recorded with an unidentified caller; {@code agentId} (and {@code agentName}) for one an
 * API client recorded. {@code endedAt} is null while the interaction is open. {@code caller} is who the
 * agent said is calling (null when not recorded: the API's and older interactions), {@code verification}
 * how they proved it, {@code reveals} what was read out to them.
 */
public record InteractionView(UUID id, String number, UUID partnerId, UUID customerId, Channel channel,
		Direction direction, UUID agentId, String agentName, String reason, String wrapUpCode, String notes,
		Instant startedAt, Instant endedAt, String channelRefs, String tmfExtension, List<LinkedTicket> tickets,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version, CallerView caller,
		VerificationView verification, List<RevealView> reveals) {

	public InteractionView {
		tickets = List.copyOf(tickets);
		reveals = List.copyOf(reveals);
	}

	public boolean open() {
		return endedAt == null;
	}

	/** How long the contact lasted (null while it is open). */
	public Duration duration() {
		return endedAt == null ? null : Duration.between(startedAt, endedAt);
	}
}
