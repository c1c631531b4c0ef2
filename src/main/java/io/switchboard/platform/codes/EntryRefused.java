package io.switchboard.platform.codes;

import io.switchboard.shared.SwitchboardException;
import java.util.List;

/**
 * An entry (or the module's own attributes of it) that cannot be saved as typed, with every reason at
 * once, each on the field it concerns ({@code code}, {@code names[ru]}, {@code position}, or a module's
 * own field such as a category's {@code critical} hours), so a page shows each next to its box. Nothing
 * was written. Its own code and arguments are the first reason's.
 */
public class EntryRefused extends SwitchboardException {

	/** Why the value typed into {@code field} is refused. */
	public record Reason(String field, SwitchboardException refusal) {
	}

	private final List<Reason> reasons;

	public EntryRefused(List<Reason> reasons) {
		super(reasons.getFirst().refusal().code(), reasons.getFirst().refusal().arguments());
		this.reasons = List.copyOf(reasons);
	}

	public List<Reason> reasons() {
		return reasons;
	}
}
