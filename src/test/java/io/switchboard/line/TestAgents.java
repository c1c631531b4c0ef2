package io.switchboard.line;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logged-in agents for tests, with the principal the agent module's login produces. */
public final class TestAgents {

	private TestAgents() {
	}

	/** An operator's care agent: sees every partner's customers. */
	public static Actor operatorAgent() {
		return new Actor(UUID.nameUUIDFromBytes("line-tests-agent".getBytes()), "anna.agent", "Anna Agent", null,
				PartnerScope.EVERYONE, Set.of("AGENT"));
	}

	public static Actor otherOperatorAgent() {
		return new Actor(UUID.nameUUIDFromBytes("line-tests-other".getBytes()), "boris.agent", "Boris Agent", null,
				PartnerScope.EVERYONE, Set.of("AGENT"));
	}

	/** A reseller's agent: sees only that reseller's customers. */
	public static Actor resellerAgent(UUID resellerId) {
		return new Actor(UUID.nameUUIDFromBytes(("line-tests-reseller-" + resellerId).getBytes()), "rita.reseller",
				"Rita Reseller", resellerId, PartnerScope.of(List.of(resellerId)), Set.of("AGENT"));
	}

	public static RequestPostProcessor as(Actor actor) {
		return user(new Principal(actor, "en", "UTC"));
	}

	public static RequestPostProcessor as(Actor actor, String language, String zone) {
		return user(new Principal(actor, language, zone));
	}

	public record Principal(Actor actor, String languageTag, String zone) implements UserDetails, ActorPrincipal {

		@Override
		public Locale language() {
			return Locale.forLanguageTag(languageTag);
		}

		@Override
		public ZoneId timeZone() {
			return ZoneId.of(zone);
		}

		@Override
		public String partnerName() {
			return "Line tests";
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
		}

		@Override
		public String getPassword() {
			return "";
		}

		@Override
		public String getUsername() {
			return actor.username();
		}
	}
}
