package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.util.Optional;

/**
 * Who an API client is, in Switchboard's terms: the agent module answers with the partner scope a
 * client acting for that partner gets (the same as that partner's agents).
 */
public interface ApiActors {

	/** The actor of a client acting for the partner with this code; empty when no such partner exists. */
	Optional<Actor> forClient(String clientId, String clientName, String partnerCode);
}
