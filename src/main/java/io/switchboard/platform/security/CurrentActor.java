package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, read from the security context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<ActorPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/** The acting agent; fails when called outside an authenticated request. */
	public static Actor get() {
		return principal().map(ActorPrincipal::actor)
			.orElseThrow(() -> new IllegalStateException("No authenticated agent in this request"));
	}
}
