package io.switchboard.line.domain;

import io.switchboard.shared.ConflictException;
import java.time.Instant;

/** Someone else saved the line after this agent opened the form; nothing was written. */
public class LineChangedConflict extends ConflictException {

	private final String changedBy;
	private final Instant changedAt;
	private final long currentVersion;

	public LineChangedConflict(String changedBy, Instant changedAt, long currentVersion) {
		super("LINE_CHANGED_BY_SOMEONE_ELSE", changedBy, changedAt);
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
