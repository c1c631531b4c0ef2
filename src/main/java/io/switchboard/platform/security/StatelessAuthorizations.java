package io.switchboard.platform.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The embedded server issues only client-credentials access tokens, which are self-contained signed
 * JWTs checked by signature and expiry: nothing about them needs to be kept. (Keeping them, as the
 * framework's in-memory default does, would grow without bound; revocation and introspection are not
 * offered, so tokens are short-lived: {@code switchboard.api.token-time-to-live}.)
 */
final class StatelessAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return null;
	}
}
