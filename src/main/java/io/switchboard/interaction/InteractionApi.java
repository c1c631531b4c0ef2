package io.switchboard.interaction;

import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Interactions, for the desk and for the TMF683 adapter. An interaction is born open when an agent
 * opens a customer from search (an inbound phone call), when the agent starts one from the 360's
 * interaction bar, or when an integrator records one; an agent has at most one open interaction with a
 * customer. It ends when the agent wraps it up (reason, wrap-up code, notes) or when the API gives it
 * an end. Tickets the agent creates for the customer meanwhile are linked to it. Every read is bounded
 * by the actor's partner scope: outside it, an interaction is not found ({@code INTERACTION_NOT_FOUND}).
 * Changes carry the version they were made from and are refused with
 * {@link io.switchboard.shared.ChangedBySomeoneElse} ({@code INTERACTION_CHANGED_BY_SOMEONE_ELSE}) when
 * someone else saved in between.
 */
public interface InteractionApi {

	/**
	 * The agent opened the customer from search: the agent's open interaction with that customer, or a
	 * new inbound phone interaction. Calling it again (a reload) returns the same one.
	 */
	InteractionView openFromSearch(String customerNumber, Actor actor);

	/**
	 * The agent starts an interaction with the customer explicitly. Refused with
	 * {@code INTERACTION_ALREADY_OPEN} when the agent has one open with that customer.
	 */
	InteractionView start(String customerNumber, Channel channel, Direction direction, Actor actor);

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
