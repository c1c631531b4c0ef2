package io.switchboard.platform.security;

/**
 * The OAuth2 clients of the embedded authorization server: systems that call the TM Forum APIs with
 * the client-credentials grant. Each acts for one partner (by code), which bounds what it sees.
 */
public interface ApiClients {

	/** Registers a client; its secret is kept only as a hash. Refused when the client id exists. */
	void register(String clientId, String secret, String name, String partnerCode);

	boolean exists(String clientId);
}
