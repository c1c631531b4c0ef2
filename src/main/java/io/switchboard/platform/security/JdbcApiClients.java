package io.switchboard.platform.security;

import io.switchboard.shared.ConflictException;
import io.switchboard.shared.Ids;
import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** API clients kept in Spring Authorization Server's client table. */
class JdbcApiClients implements ApiClients {

	/** The client setting that names the partner a client acts for; the token customizer copies it into tokens. */
	static final String PARTNER_SETTING = "switchboard.partner";

	private final RegisteredClientRepository clients;
	private final PasswordEncoder passwords;
	private final Duration tokenTimeToLive;

	JdbcApiClients(RegisteredClientRepository clients, PasswordEncoder passwords, Duration tokenTimeToLive) {
		this.clients = clients;
		this.passwords = passwords;
		this.tokenTimeToLive = tokenTimeToLive;
	}

	@Override
	public void register(String clientId, String secret, String name, String partnerCode) {
		if (exists(clientId)) {
			throw new ConflictException("API_CLIENT_EXISTS", clientId);
		}
		clients.save(RegisteredClient.withId(Ids.next().toString())
			.clientId(clientId)
			.clientSecret(passwords.encode(secret))
			.clientName(name)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("tmf")
			.clientSettings(ClientSettings.builder().setting(PARTNER_SETTING, partnerCode).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
			.build());
	}

	@Override
	public boolean exists(String clientId) {
		return clients.findByClientId(clientId) != null;
	}
}
