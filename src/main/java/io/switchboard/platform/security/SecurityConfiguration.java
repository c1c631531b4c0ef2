package io.switchboard.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The agent desktop's security: form login (throttled per account and address, see {@link LoginThrottle}),
 * logout by POST, CSRF on every form and htmx request, BCrypt password hashes, sessions kept in the
 * database (Spring Session JDBC, so any node serves any agent) that time out
 * ({@code server.servlet.session.timeout}). An htmx request whose session has
 * expired is told to reload the login page rather than having the login form swapped into a panel.
 * Behind a TLS-terminating proxy the browser is told to stay on https (HSTS, sent on https requests
 * only). The actuator's metrics are for administrators; health stays open for load balancers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration implements WebMvcConfigurer {

	@Bean
	@Order(100)
	SecurityFilterChain deskSecurity(HttpSecurity http, ObjectProvider<LoginThrottle> throttle,
			ObjectProvider<UserDetailsService> agents, ObjectProvider<PasswordEncoder> passwords,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
						"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage(DeskLogin.LOGIN).failureUrl(DeskLogin.LOGIN + "?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies(sessionCookie))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(htmxAwareEntryPoint()))
			.headers(headers -> headers
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
					.includeSubDomains(true))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
		// A module's page slices (@WebMvcTest) and module tests without the agent module run this chain with
		// no user store to log in against: they keep the plain form login above (their requests come logged in).
		if (throttle.getIfAvailable() != null && agents.getIfAvailable() != null && passwords.getIfAvailable() != null) {
			new DeskLogin(throttle.getObject(), agents.getObject(), passwords.getObject()).applyTo(http);
		}
		return http.build();
	}

	private static AuthenticationEntryPoint htmxAwareEntryPoint() {
		LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");
		LoginUrlAuthenticationEntryPoint expired = new LoginUrlAuthenticationEntryPoint("/login?expired");
		return (request, response, exception) -> {
			boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", sessionExpired ? "/login?expired" : "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			(sessionExpired ? expired : pages).commence(request, response, exception);
		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}
}
