package io.switchboard.platform.security;

import io.switchboard.platform.security.LoginThrottle.Attempt;
import io.switchboard.platform.security.LoginThrottle.Refused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The desk's form login ({@code POST /login}) under the {@link LoginThrottle}: an attempt its account
 * or address may not make yet goes back to the login page, which says how long to wait or that sign-in
 * is blocked for a while, without the password being checked and without saying whether the account
 * exists. Passwords are checked once, by {@link #passwords}, against the agent module's user store.
 */
final class DeskLogin {

	static final String LOGIN = "/login";

	private final LoginThrottle throttle;
	private final UserDetailsService agents;
	private final PasswordEncoder passwords;

	DeskLogin(LoginThrottle throttle, UserDetailsService agents, PasswordEncoder passwords) {
		this.throttle = throttle;
		this.agents = agents;
		this.passwords = passwords;
	}

	/**
	 * Checks agents' passwords: an unknown username is hashed against a stand-in (so it takes as long as a
	 * wrong password), and a disabled agent is told apart only after the password was right, so neither
	 * the answer nor its timing says whether an account exists.
	 */
	static DaoAuthenticationProvider passwords(UserDetailsService agents, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(agents);
		provider.setPasswordEncoder(passwords);
		provider.setHideUserNotFoundExceptions(true);
		provider.setPreAuthenticationChecks(agent -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	/** The desk's own authentication manager, without the global one behind it: a password is checked once. */
	void applyTo(HttpSecurity http) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler desk = new SavedRequestAwareAuthenticationSuccessHandler();
		desk.setDefaultTargetUrl("/");
		http.authenticationManager(new ProviderManager(passwords(agents, passwords)))
			.formLogin(form -> form.loginPage(LOGIN)
				// a successful sign-in forgets the account's failures, then goes where the agent was going
				.successHandler((request, response, authentication) -> {
					throttle.succeeded(attempt(request));
					desk.onAuthenticationSuccess(request, response, authentication);
				})
				// a failed attempt is counted; the one that locks says so at once
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ throttle.failed(attempt(request)).map(this::refusedPage).orElse(LOGIN + "?error"))))
			.addFilterBefore(new Gate(), UsernamePasswordAuthenticationFilter.class);
	}

	private static Attempt attempt(HttpServletRequest request) {
		return Attempt.agent(request.getParameter("username"), request.getRemoteAddr());
	}

	private String refusedPage(Refused refused) {
		return refused.locked() ? LOGIN + "?locked=" + refused.minutesFrom(throttle.now())
				: LOGIN + "?wait=" + refused.secondsFrom(throttle.now());
	}

	/** Runs before the form login: refused attempts never reach the password check. */
	private final class Gate extends OncePerRequestFilter {

		private final RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (login.matches(request) && throttle.admit(attempt(request)) instanceof Refused refused) {
				response.sendRedirect(request.getContextPath() + refusedPage(refused));
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
