package io.switchboard.interaction;

/**
 * The administered list of wrap-up codes. A code is created once and never deleted (ended interactions
 * keep it); an administrator renames it, moves it in the list or takes it out of use. Refusals:
 * {@code INTERACTION_WRAP_UP_CODE_INVALID} (2 to 32 Latin letters, digits or underscores, starting with
 * a letter), {@code INTERACTION_WRAP_UP_CODE_TAKEN}, {@code INTERACTION_WRAP_UP_NAMES_REQUIRED},
 * {@code INTERACTION_WRAP_UP_POSITION_INVALID}, {@code INTERACTION_WRAP_UP_CODE_UNKNOWN}, and
 * {@link io.switchboard.shared.ChangedBySomeoneElse} ({@code INTERACTION_WRAP_UP_CODE_CHANGED_BY_SOMEONE_ELSE})
 * when the code was saved by someone else since {@code version} was read.
 */
public interface WrapUpCodeAdmin {

	/** Adds a code, in use, at {@code position} or after the last one when null. */
	WrapUpCodeView add(String code, String nameEn, String nameRu, Integer position, String actor);

	/** Changes the names, the position and whether the code is in use, from the version read. */
	WrapUpCodeView change(WrapUpCodeView code, String actor);
}
