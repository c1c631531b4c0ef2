package io.switchboard.interaction.domain;

import io.switchboard.customer.PartyRole;
import io.switchboard.customer.VerificationMethod;
import io.switchboard.interaction.CallerView;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionView;
import io.switchboard.interaction.LinkedTicket;
import io.switchboard.interaction.RevealView;
import io.switchboard.interaction.VerificationView;
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
 * One contact with a customer. It is born open, when the agent starts it from the interaction bar (saying
 * who is calling: the customer, or one of its related parties), or when an integrator records one; while
 * it is open it belongs to its agent ({@code openAgentId}, unique with the customer, so an agent never has
 * two open with the same customer). While it is open the agent verifies the caller, by the customer's care
 * PIN or by date of birth and the last 4 digits of an identity document: each wrong try is counted, and
 * after the last try a way allows it is locked for the rest of the call (naming another caller clears the
 * verification but not the count, so it buys no more tries). Secrets read out to the caller are recorded
 * beside it. The agent wraps it up with the reason the customer got in touch, a wrap-up code and notes,
 * which sets its end; from then on only the API may still correct it. Every change carries the version
 * it was made from.
 */
@Entity
@Table(name = "interaction")
class Interaction {

	static final int REASON_MAX = 500;
	static final String CUSTOMER = "CUSTOMER";
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

	private UUID callerPartyId;

	private String callerName;

	/** {@value #CUSTOMER} for the customer itself, else the related party's role. */
	private String callerRole;

	@Enumerated(EnumType.STRING)
	private VerificationMethod verificationMethod;

	private Instant verifiedAt;

	private UUID verifiedBy;

	private int pinFailures;

	private int detailsFailures;

	private Instant pinLockedAt;

	private Instant detailsLockedAt;

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

	/**
	 * The agent says who is calling. Naming someone else than before clears the verification: it proved
	 * who the previous caller was. The wrong tries stay counted, so a caller cannot buy more tries by
	 * claiming to be someone else. Returns whether the caller changed.
	 */
	boolean identifyCaller(CallerView caller, Instant now, String actor) {
		requireOpen();
		Objects.requireNonNull(caller, "caller");
		if (Objects.equals(caller(), caller)) {
			return false;
		}
		this.callerPartyId = caller.partyId();
		this.callerName = caller.name();
		this.callerRole = caller.role() == null ? CUSTOMER : caller.role().name();
		this.verificationMethod = null;
		this.verifiedAt = null;
		this.verifiedBy = null;
		touched(now, actor);
		return true;
	}

	/** Whether the caller may still try this way on this call (the call is open, the way is not locked). */
	boolean mayTry(VerificationMethod method) {
		return open() && (method == VerificationMethod.PIN ? pinLockedAt == null : detailsLockedAt == null);
	}

	/**
	 * The caller proved who they are this way. A PIN verification is not replaced by a date-of-birth one:
	 * some secrets need the PIN.
	 */
	void verified(VerificationMethod method, UUID agentId, Instant now, String actor) {
		requireTry(method);
		if (verificationMethod != VerificationMethod.PIN) {
			this.verificationMethod = method;
			this.verifiedAt = now;
			this.verifiedBy = agentId;
		}
		touched(now, actor);
	}

	/**
	 * A wrong try this way; the {@code triesPerCall}-th locks the way for the rest of the call. Returns
	 * whether this try locked it.
	 */
	boolean wrongTry(VerificationMethod method, int triesPerCall, Instant now, String actor) {
		requireTry(method);
		boolean locks;
		if (method == VerificationMethod.PIN) {
			pinFailures++;
			locks = pinFailures >= triesPerCall;
			pinLockedAt = locks ? now : null;
		}
		else {
			detailsFailures++;
			locks = detailsFailures >= triesPerCall;
			detailsLockedAt = locks ? now : null;
		}
		touched(now, actor);
		return locks;
	}

	int failures(VerificationMethod method) {
		return method == VerificationMethod.PIN ? pinFailures : detailsFailures;
	}

	private void requireTry(VerificationMethod method) {
		requireOpen();
		if (!mayTry(method)) {
			throw new SwitchboardException("CALLER_VERIFICATION_LOCKED", number);
		}
	}

	private void requireOpen() {
		if (!open()) {
			throw new SwitchboardException("INTERACTION_ALREADY_ENDED", number);
		}
	}

	/** Who is calling; null when nobody was named (the API's, and older interactions). */
	CallerView caller() {
		if (callerRole == null) {
			return null;
		}
		return new CallerView(callerPartyId, callerName, CUSTOMER.equals(callerRole) ? null : PartyRole.valueOf(callerRole));
	}

	VerificationMethod verificationMethod() {
		return verificationMethod;
	}

	Instant verifiedAt() {
		return verifiedAt;
	}

	UUID verifiedBy() {
		return verifiedBy;
	}

	UUID openAgentId() {
		return openAgentId;
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
		return view(agentName, tickets, null, List.of());
	}

	InteractionView view(String agentName, List<LinkedTicket> tickets, String verifierName, List<RevealView> reveals) {
		return new InteractionView(id, number, partnerId, customerId, channel, direction, agentId, agentName, reason,
				wrapUpCode, notes, startedAt, endedAt, channelRefs, tmfExtension, tickets, createdAt, createdBy,
				updatedAt, updatedBy, version(), caller(),
				new VerificationView(verificationMethod, verifiedAt, verifiedBy, verifierName, pinFailures,
						detailsFailures, pinLockedAt, detailsLockedAt),
				reveals);
	}
}
