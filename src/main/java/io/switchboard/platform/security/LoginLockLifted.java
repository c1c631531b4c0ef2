package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.time.Instant;

/** An administrator lifted a sign-in lock before it ended; the count of failures starts again. */
public record LoginLockLifted(String kind, String subject, int failures, Instant lockedUntil, Actor liftedBy,
		Instant liftedAt) {
}
