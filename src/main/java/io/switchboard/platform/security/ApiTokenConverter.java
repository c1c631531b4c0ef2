package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated access token into the acting client: its id ({@code client_id}, else {@code azp},
 * else {@code sub}) and the partner it acts for (the {@code switchboard.api.partner-claim} claim). A
 * token without a known partner is refused: a client must never see more than it was given.
 */
class ApiTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final ApiActors actors;
	private final String partnerClaim;

	ApiTokenConverter(ApiActors actors, String partnerClaim) {
		this.actors = actors;
		this.partnerClaim = partnerClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String clientId = firstOf(jwt, "client_id", "azp", "sub");
		String partner = jwt.getClaimAsString(partnerClaim);
		if (clientId == null || partner == null || partner.isBlank()) {
			throw new BadCredentialsException("The access token does not name the partner the client acts for (claim '"
					+ partnerClaim + "').");
		}
		String name = jwt.hasClaim("client_name") ? jwt.getClaimAsString("client_name") : clientId;
		Actor actor = actors.forClient(clientId, name, partner)
			.orElseThrow(() -> new BadCredentialsException("The access token names an unknown partner: " + partner));
		return new ApiAuthentication(jwt, new ApiPrincipal(actor, name));
	}

	private static String firstOf(Jwt jwt, String... claims) {
		for (String claim : claims) {
			String value = jwt.getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	static final class ApiAuthentication extends AbstractAuthenticationToken {

		private final Jwt token;
		private final ApiPrincipal principal;

		ApiAuthentication(Jwt token, ApiPrincipal principal) {
			super(List.of(new SimpleGrantedAuthority("ROLE_API")));
			this.token = token;
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return token;
		}

		@Override
		public Object getPrincipal() {
			return principal;
		}

		@Override
		public String getName() {
			return principal.actor().username();
		}
	}
}
