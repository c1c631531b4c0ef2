package io.switchboard.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.switchboard.platform.crypto.SecretCipher;
import io.switchboard.platform.tmf.TmfError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's security, beside the desk's: the TM Forum APIs under {@code /tmf-api/**} accept only a
 * bearer JWT (no session, no CSRF), and by default the application is its own OAuth2 authorization
 * server for the client-credentials grant ({@code POST /oauth2/token}), with clients in the database
 * and a signing key shared by every node. With {@code switchboard.api.authorization-server=false} the
 * embedded server is off and tokens come from the issuer set in
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

	/**
	 * The embedded authorization server answers only what the client-credentials grant needs: the token
	 * endpoint ({@code POST /oauth2/token}, throttled like the desk's login) and the public half of the
	 * signing key ({@code /oauth2/jwks}). Its other endpoints (authorize, device, introspection,
	 * revocation, metadata) are not served: see {@link #authorizationServerEndpointsNotOffered}.
	 */
	@Bean
	@Order(1)
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	SecurityFilterChain authorizationServerSecurity(HttpSecurity http, RegisteredClientRepository clients,
			AuthorizationServerSettings endpoints, LoginThrottle throttle, PasswordEncoder passwords, JsonMapper json,
			Clock clock) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher offered = new OrRequestMatcher(paths.matcher(endpoints.getTokenEndpoint()),
				paths.matcher(endpoints.getJwkSetEndpoint()));
		http.securityMatcher(offered)
			.with(server, as -> as.registeredClientRepository(clients)
				.authorizationService(new StatelessAuthorizations())
				.clientAuthentication(authentication -> authentication.authenticationProviders(providers -> providers
					.replaceAll(provider -> provider instanceof ClientSecretAuthenticationProvider
							? new ClientLogin.EqualTimeSecrets(provider, clients, passwords) : provider))))
			.addFilterBefore(new ClientLogin.Gate(endpoints.getTokenEndpoint(), throttle, json, clock),
					AbstractPreAuthenticatedProcessingFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(offered))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * The authorization server's endpoints that the client-credentials grant does not need answer
	 * {@code 404} with an OAuth2 error body (rather than a login page, or the authorize endpoint's
	 * {@code 500} for a client that has no redirect URI).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain authorizationServerEndpointsNotOffered(HttpSecurity http, JsonMapper json) throws Exception {
		AuthenticationEntryPoint notOffered = (request, response, exception) -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), Map.of("error", "invalid_request", "error_description",
					"Not offered: Switchboard's authorization server serves only the client-credentials grant "
							+ "(POST /oauth2/token) and its signing keys (/oauth2/jwks)."));
		};
		http.securityMatcher("/oauth2/**", "/.well-known/**", "/connect/**", "/userinfo")
			.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(notOffered)
				.accessDeniedHandler((request, response, denied) -> notOffered.commence(request, response, null)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiActors actors, ApiSettings settings, JsonMapper json)
			throws Exception {
		http.securityMatcher("/tmf-api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new ApiTokenConverter(actors, settings.partnerClaim())))
				.authenticationEntryPoint(unauthorized(json))
				.accessDeniedHandler(forbidden(json)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, exception) -> {
			bearer.commence(request, response, exception);
			boolean tokenGiven = request.getHeader("Authorization") != null;
			write(json, response, TmfError.of(401, tokenGiven ? "INVALID_TOKEN" : "NO_TOKEN", "Unauthorized",
					tokenGiven ? exception.getMessage()
							: "Send an OAuth2 access token: Authorization: Bearer <token> (client credentials, POST /oauth2/token)."));
		};
	}

	private static AccessDeniedHandler forbidden(JsonMapper json) {
		BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
		return (request, response, exception) -> {
			bearer.handle(request, response, exception);
			write(json, response, TmfError.of(403, "FORBIDDEN", "Forbidden", exception.getMessage()));
		};
	}

	private static void write(JsonMapper json, HttpServletResponse response, TmfError error) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), error);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	ApiClients apiClients(RegisteredClientRepository clients, PasswordEncoder passwords, ApiSettings settings) {
		return new JdbcApiClients(clients, passwords, settings.tokenTimeToLive());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	JWKSource<SecurityContext> jwkSource(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
		SigningKeys keys = new SigningKeys(jdbc, cipher, clock);
		AtomicReference<JWKSet> loaded = new AtomicReference<>();
		// read (or made) on the first token request, after the migrations have run
		return (selector, context) -> selector.select(loaded.updateAndGet(set -> set != null ? set
				: new JWKSet(keys.currentKey())));
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	/** Access tokens name the partner the client acts for, and the client's name for the audit trail. */
	@Bean
	@ConditionalOnBooleanProperty(name = "switchboard.api.authorization-server", matchIfMissing = true)
	OAuth2TokenCustomizer<JwtEncodingContext> partnerClaim(ApiSettings settings) {
		return context -> {
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				Object partner = context.getRegisteredClient().getClientSettings()
					.getSetting(JdbcApiClients.PARTNER_SETTING);
				if (partner != null) {
					context.getClaims().claim(settings.partnerClaim(), partner.toString());
				}
				context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
				context.getClaims().claim("client_name", context.getRegisteredClient().getClientName());
			}
		};
	}
}
