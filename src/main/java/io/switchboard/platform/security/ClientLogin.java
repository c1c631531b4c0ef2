package io.switchboard.platform.security;

import io.switchboard.platform.security.LoginThrottle.Attempt;
import io.switchboard.platform.security.LoginThrottle.Refused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * API clients' secrets on the token endpoint ({@code POST /oauth2/token}) under the {@link LoginThrottle},
 * as agents' passwords are on the desk: per client id and per address. A refused request gets
 * {@code 429 Too Many Requests} with {@code Retry-After} (seconds) and the OAuth2 error
 * {@code invalid_client}, before its secret is checked. An unknown client id and a wrong secret get the
 * same answer ({@code 401 invalid_client}) in the same time.
 */
final class ClientLogin {

	private ClientLogin() {
	}

	/** Runs before the authorization server authenticates the client, and counts the outcome after. */
	static final class Gate extends OncePerRequestFilter {

		private final RequestMatcher token;
		private final LoginThrottle throttle;
		private final JsonMapper json;
		private final Clock clock;

		Gate(String tokenEndpoint, LoginThrottle throttle, JsonMapper json, Clock clock) {
			this.token = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, tokenEndpoint);
			this.throttle = throttle;
			this.json = json;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String clientId = token.matches(request) ? clientId(request) : null;
			if (clientId == null) {
				chain.doFilter(request, response);
				return;
			}
			Attempt attempt = Attempt.client(clientId, request.getRemoteAddr());
			if (throttle.admit(attempt) instanceof Refused refused) {
				long seconds = refused.secondsFrom(clock.instant());
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				json.writeValue(response.getOutputStream(), Map.of("error", OAuth2ErrorCodes.INVALID_CLIENT,
						"error_description", "Too many failed attempts: try again in " + seconds + " s."));
				return;
			}
			chain.doFilter(request, response);
			switch (response.getStatus()) {
				case 200 -> throttle.succeeded(attempt);
				case 401 -> throttle.failed(attempt);
				// refused before its secret was checked (a malformed request): not a guess
				default -> throttle.abandoned(attempt);
			}
		}

		/** The client id of client_secret_basic (the Authorization header) or client_secret_post. */
		static String clientId(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
				try {
					String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
							StandardCharsets.UTF_8);
					int colon = credentials.indexOf(':');
					return URLDecoder.decode(colon < 0 ? credentials : credentials.substring(0, colon),
							StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException notBase64) {
					return null;
				}
			}
			return request.getParameter("client_id");
		}
	}

	/**
	 * Checks a client secret in the same time whether the client exists or not: an unknown client id is
	 * hashed against a stand-in, as a wrong secret is hashed against the client's. (Both are answered with
	 * the bare error code {@code invalid_client}: the authorization server never says which part was wrong.)
	 */
	static final class EqualTimeSecrets implements AuthenticationProvider {

		private final AuthenticationProvider secrets;
		private final RegisteredClientRepository clients;
		private final PasswordEncoder passwords;
		private final String standIn;

		EqualTimeSecrets(AuthenticationProvider secrets, RegisteredClientRepository clients, PasswordEncoder passwords) {
			this.secrets = secrets;
			this.clients = clients;
			this.passwords = passwords;
			this.standIn = passwords.encode("no client has this secret");
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			OAuth2ClientAuthenticationToken client = (OAuth2ClientAuthenticationToken) authentication;
			ClientAuthenticationMethod method = client.getClientAuthenticationMethod();
			if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(method)
					&& !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(method)) {
				return secrets.authenticate(authentication);
			}
			if (clients.findByClientId(String.valueOf(client.getPrincipal())) == null) {
				passwords.matches(String.valueOf(client.getCredentials()), standIn);
				throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
			}
			return secrets.authenticate(authentication);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return secrets.supports(authentication);
		}
	}
}
