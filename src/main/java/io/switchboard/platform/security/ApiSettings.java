package io.switchboard.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's security ({@code switchboard.api.*}).
 *
 * @param authorizationServer run the embedded OAuth2 authorization server ({@code /oauth2/token}) and
 *     accept the tokens it signs. Set it to {@code false} to use an external issuer (Keycloak, ...)
 *     configured with {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 * @param partnerClaim the access-token claim naming the partner (by code) the client acts for: the
 *     client then sees that partner's data and its sub-partners', as that partner's agents do.
 * @param tokenTimeToLive how long an access token of the embedded server is valid
 * @param publicUrl the address integrators reach the application at: every {@code href}, {@code Location}
 *     and event names it, never the request's {@code Host}. Required outside the demo profile, which falls
 *     back to {@code http://localhost:<server.port>} (see {@code platform.tmf.PublicUrl})
 */
@ConfigurationProperties("switchboard.api")
public record ApiSettings(Boolean authorizationServer, String partnerClaim, Duration tokenTimeToLive,
		String publicUrl) {

	public ApiSettings {
		authorizationServer = authorizationServer == null || authorizationServer;
		partnerClaim = partnerClaim == null || partnerClaim.isBlank() ? "partner" : partnerClaim;
		tokenTimeToLive = tokenTimeToLive == null ? Duration.ofMinutes(30) : tokenTimeToLive;
		publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
	}
}
