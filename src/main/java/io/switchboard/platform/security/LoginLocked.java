package io.switchboard.platform.security;

import java.time.Instant;

/**
 * Sign-in was locked after too many failed attempts: for an account (an agent's username, known or not),
 * an API client, or a client address. Published in the transaction that locks, so the audit entry is
 * written with the lock or not at all.
 *
 * @param kind {@code ACCOUNT}, {@code CLIENT} or {@code ADDRESS}
 * @param subject the username, client id or address, as typed (lower-cased for usernames)
 * @param lastAddress where the attempt that locked came from
 */
public record LoginLocked(String kind, String subject, int failures, Instant lockedAt, Instant lockedUntil,
		String lastAddress) {
}
