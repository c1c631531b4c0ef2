package io.switchboard.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as one of the demo logins, with the principal the real login would produce. */
public class TestLogins {

	private final UserDetailsService users;

	TestLogins(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/**
	 * As the login, reading the desk in this language: as if the agent had chosen it last time, without
	 * choosing it (which would remember it for every later test). A session attribute set on the mock
	 * request would not do: sessions live in the database and the request reads the one its cookie names.
	 */
	public RequestPostProcessor as(String username, Locale language) {
		UserDetails details = users.loadUserByUsername(username);
		return user(new Speaking(details, (ActorPrincipal) details, language));
	}

	/** The login's principal, in another language. */
	record Speaking(UserDetails details, ActorPrincipal principal, Locale language)
			implements UserDetails, ActorPrincipal, Serializable {

		@Override
		public Actor actor() {
			return principal.actor();
		}

		@Override
		public ZoneId timeZone() {
			return principal.timeZone();
		}

		@Override
		public String partnerName() {
			return principal.partnerName();
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return details.getAuthorities();
		}

		@Override
		public String getPassword() {
			return details.getPassword();
		}

		@Override
		public String getUsername() {
			return details.getUsername();
		}
	}
}
