package io.switchboard.platform.security;

import io.switchboard.platform.security.LoginThrottle.Attempt;
import io.switchboard.platform.security.LoginThrottle.Refused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The desk's form login ({@code POST /login}) under the {@link LoginThrottle}: an attempt its account
 * or address may not make yet goes back to the login page, which says how long to wait or that sign-in
 * is blocked for a while, without the password being checked and without saying whether the account
 * exists. The page for a refusal is the same for a known and an unknown username.
 */
final class DeskLogin {

	static final String LOGIN = "/login";

	private DeskLogin() {
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

	static Attempt attempt(HttpServletRequest request) {
		return Attempt.agent(request.getParameter("username"), request.getRemoteAddr());
	}

	/** Runs before the form login: refused attempts never reach the password check. */
	static final class Gate extends OncePerRequestFilter {

		private final RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);
		private final LoginThrottle throttle;
		private final Clock clock;

		Gate(LoginThrottle throttle, Clock clock) {
			this.throttle = throttle;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (login.matches(request) && throttle.admit(attempt(request)) instanceof Refused refused) {
				response.sendRedirect(request.getContextPath() + refusedPage(refused, clock));
				return;
			}
			chain.doFilter(request, response);
		}
	}

	static String refusedPage(Refused refused, Clock clock) {
		return refused.locked() ? LOGIN + "?locked=" + refused.minutesFrom(clock.instant())
				: LOGIN + "?wait=" + refused.secondsFrom(clock.instant());
	}

	/** A failed attempt is counted; the one that locks says so at once. */
	static AuthenticationFailureHandler failure(LoginThrottle throttle, Clock clock) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String page = throttle.failed(attempt(request)).map(lock -> refusedPage(lock, clock)).orElse(LOGIN + "?error");
			response.sendRedirect(request.getContextPath() + page);
		};
	}

	/** A successful sign-in forgets the account's failures, then goes where the agent was going. */
	static AuthenticationSuccessHandler success(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler desk = new SavedRequestAwareAuthenticationSuccessHandler();
		desk.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			throttle.succeeded(attempt(request));
			desk.onAuthenticationSuccess(request, response, authentication);
		};
	}
}
