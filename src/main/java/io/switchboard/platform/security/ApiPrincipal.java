package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** An API client as the acting principal: English and UTC, since a system reads the answers. */
record ApiPrincipal(Actor actor, String partnerName) implements ActorPrincipal {

	@Override
	public Locale language() {
		return Locale.ENGLISH;
	}

	@Override
	public ZoneId timeZone() {
		return ZoneOffset.UTC;
	}
}
