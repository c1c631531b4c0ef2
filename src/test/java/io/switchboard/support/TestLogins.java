package io.switchboard.support;

import org.springframework.security.core.userdetails.UserDetailsService;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Requests as one of the demo logins, with the principal the real login would produce. */

public class TestLogins {

	private final UserDetailsService users;

	TestLogins(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
