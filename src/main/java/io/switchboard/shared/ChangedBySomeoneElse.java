package io.switchboard.shared;

import java.time.Instant;

/**
 * An edit made from an older version of a record, refused because someone else saved it in between:
 * nothing was written. Says who saved and when, and the version to edit from now, so the page can
 * keep what this agent typed and let it save again on purpose. The code names what was edited (e.g.
 * {@code CUSTOMER_CHANGED_BY_SOMEONE_ELSE}).
 */
public class ChangedBySomeoneElse extends ConflictException {

	private final String changedBy;
	private final Instant changedAt;
	private final long currentVersion;

	public ChangedBySomeoneElse(String code, String changedBy, Instant changedAt, long currentVersion) {
		super(code, changedBy, changedAt);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.currentVersion = currentVersion;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
