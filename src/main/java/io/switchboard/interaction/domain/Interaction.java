package io.switchboard.interaction.domain;

import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionView;
import io.switchboard.interaction.LinkedTicket;
import io.switchboard.shared.SwitchboardException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One contact with a customer. It is born open, when the agent picks up a call and opens the customer
 * from search, starts one from the interaction bar, or an integrator records one; while it is open it
 * belongs to its agent ({@code openAgentId}, unique with the customer, so an agent never has two open
 * with the same customer). The agent wraps it up with the reason the customer got in touch, a wrap-up
 * code and notes, which sets its end; from then on only the API may still correct it. Every change
 * carries the version it was made from.
 */
@Entity
@Table(name = "interaction")
class Interaction {

	static final int REASON_MAX = 500;
	static final int NOTES_MAX = 4000;

	@Id
	private UUID id;

	private String number;

	private UUID partnerId;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private UUID agentId;

	private String reason;

	private String wrapUpCode;

	private String notes;

	private Instant startedAt;

	private Instant endedAt;

	private UUID openAgentId;

	private String channelRefs;

	private String tmfExtension;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private Long version;

	protected Interaction() {
	}

	Interaction(UUID id, String number, UUID partnerId, UUID customerId, Channel channel, Direction direction,
			UUID agentId, Instant startedAt, Instant now, String actor) {
		this.id = Objects.requireNonNull(id);
		this.number = Objects.requireNonNull(number);
		this.partnerId = Objects.requireNonNull(partnerId);
		this.customerId = customerId;
		this.channel = Objects.requireNonNull(channel);
		this.direction = Objects.requireNonNull(direction);
		this.agentId = agentId;
		this.openAgentId = agentId;
		this.startedAt = Objects.requireNonNull(startedAt);
		this.createdAt = now;
		this.createdBy = actor;
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	/** The agent wraps the contact up: why the customer got in touch, how it ended, what was said. */
	void wrapUp(String reason, String wrapUpCode, String notes, Instant now, String actor) {
		if (!open()) {
			throw new SwitchboardException("INTERACTION_ALREADY_ENDED", number);
		}
		this.reason = text(reason, REASON_MAX);
		this.wrapUpCode = wrapUpCode;
		this.notes = text(notes, NOTES_MAX);
		end(now.isBefore(startedAt) ? startedAt : now);
		touched(now, actor);
	}

	/** Sets the details given through the API; returns the names of the fields that changed. */
	List<String> details(String reason, String notes, Channel channel, Direction direction, String wrapUpCode,
			String channelRefs, String tmfExtension) {
		List<String> changed = new ArrayList<>();
		if (reason != null && !Objects.equals(this.reason, text(reason, REASON_MAX))) {
			this.reason = text(reason, REASON_MAX);
			changed.add("reason");
		}
		if (notes != null && !Objects.equals(this.notes, text(notes, NOTES_MAX))) {
			this.notes = text(notes, NOTES_MAX);
			changed.add("notes");
		}
		if (channel != null && channel != this.channel) {
			this.channel = channel;
			changed.add("channel");
		}
		if (direction != null && direction != this.direction) {
			this.direction = direction;
			changed.add("direction");
		}
		if (wrapUpCode != null && !wrapUpCode.equals(this.wrapUpCode)) {
			this.wrapUpCode = wrapUpCode;
			changed.add("wrapUpCode");
		}
		if (channelRefs != null && !channelRefs.equals(this.channelRefs)) {
			this.channelRefs = channelRefs;
			changed.add("channelRefs");
		}
		if (tmfExtension != null && !tmfExtension.equals(this.tmfExtension)) {
			this.tmfExtension = tmfExtension;
			changed.add("tmfExtension");
		}
		return changed;
	}

	/** Ends the interaction at {@code endedAt}; it must not be before the start. */
	void end(Instant endedAt) {
		if (endedAt.isBefore(startedAt)) {
			throw new SwitchboardException("INTERACTION_ENDS_BEFORE_START", number);
		}
		this.endedAt = endedAt;
		this.openAgentId = null;
	}

	/** Moves the end of an ended interaction (a correction through the API). */
	boolean correctEnd(Instant endedAt) {
		if (endedAt.equals(this.endedAt)) {
			return false;
		}
		end(endedAt);
		return true;
	}

	void touched(Instant now, String actor) {
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	private static String text(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new SwitchboardException("INTERACTION_TEXT_TOO_LONG", max);
		}
		return text;
	}

	boolean open() {
		return endedAt == null;
	}

	UUID id() {
		return id;
	}

	String number() {
		return number;
	}

	UUID partnerId() {
		return partnerId;
	}

	UUID customerId() {
		return customerId;
	}

	UUID agentId() {
		return agentId;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant endedAt() {
		return endedAt;
	}

	String wrapUpCode() {
		return wrapUpCode;
	}

	Channel channel() {
		return channel;
	}

	Direction direction() {
		return direction;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	long version() {
		return version == null ? 0 : version;
	}

	InteractionView view(String agentName, List<LinkedTicket> tickets) {
		return new InteractionView(id, number, partnerId, customerId, channel, direction, agentId, agentName, reason,
				wrapUpCode, notes, startedAt, endedAt, channelRefs, tmfExtension, tickets, createdAt, createdBy,
				updatedAt, updatedBy, version());
	}
}
