package io.switchboard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** A client secret is hashed, and refused, the same way whether the client exists or not. */
class EqualTimeSecretsTests {

	final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	final AtomicInteger hashed = new AtomicInteger();
	final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashed.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	};

	final InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(RegisteredClient
		.withId("1")
		.clientId("billing-system")
		.clientSecret(bcrypt.encode("its-secret"))
		.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
		.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
		.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
		.build());

	@Test
	void anUnknownClientIsHashedAndRefusedLikeAWrongSecret() {
		ClientSecretAuthenticationProvider secrets = new ClientSecretAuthenticationProvider(clients,
				new StatelessAuthorizations());
		secrets.setPasswordEncoder(counting);
		var provider = new ClientLogin.EqualTimeSecrets(secrets, clients, counting);

		var unknown = catchRefusal(provider, "no-such-client", "its-secret");
		int forUnknown = hashed.getAndSet(0);
		var wrong = catchRefusal(provider, "billing-system", "a-guess");

		assertThat(forUnknown).isOne().isEqualTo(hashed.get());
		assertThat(unknown.getError().getErrorCode()).isEqualTo(wrong.getError().getErrorCode()).isEqualTo("invalid_client");
	}

	private static OAuth2AuthenticationException catchRefusal(ClientLogin.EqualTimeSecrets provider, String id,
			String secret) {
		var attempt = new OAuth2ClientAuthenticationToken(id, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, secret,
				Map.of());
		var thrown = catchThrowable(() -> provider.authenticate(attempt));
		assertThat(thrown).isInstanceOf(OAuth2AuthenticationException.class);
		return (OAuth2AuthenticationException) thrown;
	}
}
