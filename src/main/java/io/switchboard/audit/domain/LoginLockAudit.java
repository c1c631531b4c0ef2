package io.switchboard.audit.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.platform.security.LoginLockLifted;
import io.switchboard.platform.security.LoginLocked;
import io.switchboard.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every sign-in lock and every lift goes into the audit trail (subject {@code LOGIN_ACCOUNT},
 * {@code LOGIN_CLIENT} or {@code LOGIN_ADDRESS} and the username, client id or address). It listens
 * synchronously, inside the platform's transaction that locks or lifts, so the entry is written with the
 * change or not at all. A lock is the system's doing; a lift names the administrator.
 */
@Component
class LoginLockAudit {

	private final AuditApi audit;

	LoginLockAudit(AuditApi audit) {
		this.audit = audit;
	}

	@EventListener
	void on(LoginLocked locked) {
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("failures", null, String.valueOf(locked.failures())));
		changes.add(new Change("lockedUntil", null, locked.lockedUntil().toString()));
		changes.add(new Change("lastAddress", null, locked.lastAddress()));
		audit.record(Actor.SYSTEM, "LOGIN_LOCKED", subject(locked.kind(), locked.subject()), null, changes);
	}

	@EventListener
	void on(LoginLockLifted lifted) {
		audit.record(lifted.liftedBy(), "LOGIN_LOCK_LIFTED", subject(lifted.kind(), lifted.subject()), null,
				List.of(new Change("lockedUntil", lifted.lockedUntil().toString(), lifted.liftedAt().toString()),
						new Change("failures", String.valueOf(lifted.failures()), "0")));
	}

	static AuditSubject subject(String kind, String subject) {
		return new AuditSubject("LOGIN_" + kind, subject);
	}
}
