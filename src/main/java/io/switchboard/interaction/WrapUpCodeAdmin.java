package io.switchboard.interaction;

import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedList;
import io.switchboard.platform.codes.CodedLists.Draft;

/**
 * The administered list of wrap-up codes agents choose from when an interaction ends, a list of the one
 * kind every module uses ({@link io.switchboard.platform.codes.CodedLists}): a code, its names in every
 * configured language, its place, in use or not. A code is created once and never deleted (ended
 * interactions keep it); an administrator renames it, moves it in the list or takes it out of use.
 * Refusals of what was typed come at once, each on its field
 * ({@link io.switchboard.platform.codes.EntryRefused}: {@code CODED_LIST_CODE_INVALID},
 * {@code CODED_LIST_CODE_TAKEN}, {@code CODED_LIST_NAME_REQUIRED}, {@code CODED_LIST_ORDER_INVALID});
 * a code that does not exist is {@code CODED_LIST_ENTRY_UNKNOWN}; a change on top of someone else's is
 * {@link io.switchboard.shared.ChangedBySomeoneElse} ({@code CODED_LIST_CHANGED_BY_SOMEONE_ELSE}).
 */
public interface WrapUpCodeAdmin {

	CodedList WRAP_UP_CODES = CodedList.named("interaction.wrap-up");

	/** Adds a code, in use, at its place or after the last one when it has none. */
	CodedEntry add(Draft code, String actor);

	/** Changes the names, the place and whether the code is in use, from the version read. */
	CodedEntry change(String code, long version, Draft change, String actor);
}
