package io.switchboard.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Requests as one of the demo logins, with the principal the real login would produce. */
@Component
public class Agents {

	private final UserDetailsService users;

	Agents(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
