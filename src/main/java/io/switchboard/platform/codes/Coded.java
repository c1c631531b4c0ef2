package io.switchboard.platform.codes;

/**
 * Anything that is an entry of an administered list, with what its own module adds to it (a category
 * with its SLA hours, a queue with its partner and members), so that one administration table shows every
 * list: {@code row.entry} is the entry.
 */
public interface Coded {

	CodedEntry entry();
}
