package io.switchboard.interaction;

import io.switchboard.customer.VerificationMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * How the caller of an interaction proved who they are: the method, when and by which agent ({@code method}
 * null: not verified), and the wrong tries of each way on this call ({@code pinFailures} wrong care PINs,
 * {@code detailsFailures} wrong dates of birth or document digits). A way is locked for the rest of the
 * call ({@code pinLockedAt}, {@code detailsLockedAt}) after the last try it allows.
 */
public record VerificationView(VerificationMethod method, Instant verifiedAt, UUID verifiedBy,
		String verifiedByName, int pinFailures, int detailsFailures, Instant pinLockedAt, Instant detailsLockedAt) {

	public boolean verified() {
		return method != null;
	}

	public boolean pinLocked() {
		return pinLockedAt != null;
	}

	public boolean detailsLocked() {
		return detailsLockedAt != null;
	}
}
