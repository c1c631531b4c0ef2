package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the logged-in principal tells the platform: who is acting, in which language and time zone.
 * The agent module's user store returns principals implementing this.
 */
public interface ActorPrincipal {

	Actor actor();

	Locale language();

	ZoneId timeZone();

	/** The name of the partner the agent works for, shown under the agent's name on every page. */
	String partnerName();
}
