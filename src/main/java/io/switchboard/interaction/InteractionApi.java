package io.switchboard.interaction;

import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Interactions, for the desk and for the TMF683 adapter. An interaction is born open when the agent starts
 * one from the 360's interaction bar (opening a customer starts nothing: an agent looking for the caller
 * may open several), saying who is calling, or when an integrator records one; an agent has at most one
 * open interaction with a customer. While it is open the agent verifies the caller (the care PIN, or date
 * of birth and the last 4 digits of an identity document, with a few tries per call), and the secrets read
 * out to the caller are recorded on it. It ends when the agent wraps it up (reason, wrap-up code, notes) or
 * when the API gives it an end. Tickets the agent creates for the customer meanwhile are linked to it.
 * Every read is bounded by the actor's partner scope: outside it, an interaction is not found
 * ({@code INTERACTION_NOT_FOUND}). Changes carry the version they were made from and are refused with
 * {@link io.switchboard.shared.ChangedBySomeoneElse} ({@code INTERACTION_CHANGED_BY_SOMEONE_ELSE}) when
 * someone else saved in between.
 */
public interface InteractionApi {

	/** Starts an interaction whose caller is the customer itself; see the other {@code start}. */
	default InteractionView start(String customerNumber, Channel channel, Direction direction, Actor actor) {
		return start(customerNumber, channel, direction, null, actor);
	}

	/**
	 * The agent starts an interaction with the customer: the caller is the customer itself
	 * ({@code callerPartyId} null) or one of its related parties ({@code INTERACTION_CALLER_UNKNOWN} for
	 * another). Refused with {@code INTERACTION_ALREADY_OPEN} when the agent has one open with that customer.
	 */
	InteractionView start(String customerNumber, Channel channel, Direction direction, UUID callerPartyId,
			Actor actor);

	/**
	 * The agent corrects who is calling on its open interaction. A new caller is not verified; the wrong
	 * tries made on this call still count.
	 */
	InteractionView changeCaller(String number, UUID callerPartyId, Actor actor);

	/**
	 * The caller says the customer's care PIN (4 to 8 digits, else {@code CARE_PIN_INVALID}). Only the
	 * interaction's own agent, on an open interaction. A wrong PIN is counted on the call and on the
	 * customer's PIN, and the answer says so: it is not a refusal, so the count is kept.
	 */
	CallerCheck verifyByPin(String number, String pin, Actor actor);

	/**
	 * The caller gives their date of birth and the last 4 digits of an identity document; compared with the
	 * caller's own (the customer's, or a related party's that is itself a customer). Counted like a PIN.
	 */
	CallerCheck verifyByDetails(String number, LocalDate dateOfBirth, String documentLast4, Actor actor);

	/**
	 * What the agent can ask the caller of its open interaction to prove who they are: whether the
	 * customer has a care PIN (and until when it is locked), whether the caller has a date of birth and
	 * a document on file, and how many tries each way allows on a call.
	 */
	CallerOptions callerOptions(String number, Actor actor);

	/**
	 * For billing (View bill, Take payment): whether the caller of the actor's open interaction with the
	 * customer is the primary party of the billing account. Who is calling is what the agent recorded;
	 * whether they proved it is {@code openWith(...).verification()}. False without an open interaction.
	 */
	boolean callerIsPrimaryPartyOf(UUID customerId, UUID billingAccountId, Actor actor);

	/** Ends the agent's interaction with the reason, an active wrap-up code and notes. */
	InteractionView wrapUp(String number, WrapUp wrapUp, long expectedVersion, Actor actor);

	/** The interaction, or {@code NotFoundException} (INTERACTION_NOT_FOUND) outside the scope. */
	InteractionView get(String number, PartnerScope scope);

	Optional<InteractionView> find(String number, PartnerScope scope);

	/**
	 * The interactions with these numbers that the scope allows, in the order of {@code numbers}, read
	 * at once (for a page of an API list); unknown numbers and others' interactions are left out.
	 */
	List<InteractionView> findAll(List<String> numbers, PartnerScope scope);

	/** The customer's interactions matching the filter, newest first; page counts from 0. */
	InteractionPage list(String customerNumber, InteractionFilter filter, int page, int size, PartnerScope scope);

	/** The actor's open interaction with the customer, if any. */
	Optional<InteractionView> openWith(String customerNumber, Actor actor);

	/** The actor's open interactions, oldest first (the ones left open longest come first). */
	List<InteractionView> openOf(Actor actor);

	/** The wrap-up codes in their administered order; only the active ones when {@code activeOnly}. */
	List<CodedEntry> wrapUpCodes(boolean activeOnly);

	/**
	 * Records an interaction through the API. The customer (by number) is optional; the partner is the
	 * customer's, or the actor's when there is none. The actor's agent, if any, handles it.
	 */
	InteractionView create(NewInteraction interaction, Actor actor);

	/**
	 * Changes what the API may change; a null field is left as it is. Giving {@code endedAt} to an open
	 * interaction ends it. Refused with {@code INTERACTION_CHANGED_BY_SOMEONE_ELSE} when the version
	 * is not {@code expectedVersion}.
	 */
	InteractionView update(String number, long expectedVersion, InteractionChange change, Actor actor);

	/** See {@link #callerOptions}; {@code pinLockedUntil} is null unless the customer's PIN is locked now. */
	record CallerOptions(boolean pinSet, Instant pinLockedUntil, boolean detailsOnFile, int triesPerCall) {
	}

	/** What the agent enters to wrap an interaction up. */
	record WrapUp(String reason, String wrapUpCode, String notes) {
	}

	/**
	 * An interaction recorded through the API. {@code startedAt} defaults to now; {@code endedAt} null
	 * leaves it open. {@code channelRefs} and {@code tmfExtension} are JSON kept as given.
	 */
	record NewInteraction(String customerNumber, Channel channel, Direction direction, String reason,
			String wrapUpCode, String notes, Instant startedAt, Instant endedAt, String channelRefs,
			String tmfExtension) {
	}

	/** A change through the API; null fields stay as they are. */
	record InteractionChange(String reason, String notes, Channel channel, Direction direction, Instant endedAt,
			String wrapUpCode, String channelRefs, String tmfExtension) {
	}
}
