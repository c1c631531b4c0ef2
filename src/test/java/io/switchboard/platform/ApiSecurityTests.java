package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API takes OAuth2 client-credentials tokens from the embedded server, and nothing else; the server
 * offers the token endpoint and its keys, nothing else.
 */
@SwitchboardApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTests {

	@LocalServerPort
	int port;

	@Test
	void aClientGetsATokenThatNamesItsPartner() {
		TmfClient.Answer answer = TmfClient.bluewave(port).tokenRequest("tmf-bluewave", "tmf-bluewave-secret");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("token_type").asString()).isEqualTo("Bearer");
		String[] parts = answer.json().get("access_token").asString().split("\\.");
		JsonNode claims = JsonMapper.builder().build()
			.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		assertThat(claims.get("partner").asString()).isEqualTo("BLUEWAVE");
		assertThat(claims.get("client_id").asString()).isEqualTo("tmf-bluewave");
	}

	@Test
	void aWrongSecretGetsNoToken() {
		assertThat(TmfClient.bluewave(port).tokenRequest("tmf-bluewave", "guess").status()).isEqualTo(401);
		assertThat(TmfClient.bluewave(port).tokenRequest("nobody", "tmf-bluewave-secret").status()).isEqualTo(401);
	}

	@Test
	void theApiWantsABearerTokenAndSaysSoInATmfErrorBody() {
		TmfClient client = TmfClient.operator(port);
		TmfClient.Answer none = client.getWithAuthorization("/tmf-api/partyInteraction/v4/partyInteraction", null);
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(none.json().get("code").asString()).isEqualTo("NO_TOKEN");
		assertThat(none.json().get("status").asString()).isEqualTo("401");
		assertThat(none.json().get("@type").asString()).isEqualTo("Error");

		TmfClient.Answer forged = client.getWithAuthorization("/tmf-api/partyInteraction/v4/partyInteraction",
				"Bearer " + client.token().substring(0, client.token().length() - 4) + "AAAA");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.json().get("code").asString()).isEqualTo("INVALID_TOKEN");
	}

	@Test
	void aDeskSessionIsNoWayIntoTheApi() {
		TmfClient.Answer basic = TmfClient.operator(port).getWithAuthorization(
				"/tmf-api/partyInteraction/v4/partyInteraction",
				"Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8)));
		assertThat(basic.status()).isEqualTo(401);
	}

	@Test
	void theAuthorizationServerEndpointsTheGrantDoesNotNeedAreNotServed(CapturedOutput output) {
		TmfClient client = TmfClient.operator(port);
		TmfClient.Answer authorize = client.getWithAuthorization(
				"/oauth2/authorize?response_type=code&client_id=tmf-bluewave", null);
		assertThat(authorize.status()).isEqualTo(404);
		assertThat(authorize.json().get("error").asString()).isEqualTo("invalid_request");
		for (String path : new String[] { "/.well-known/oauth-authorization-server", "/oauth2/device_authorization",
				"/oauth2/introspect", "/oauth2/revoke" }) {
			assertThat(client.getWithAuthorization(path, null).status()).as(path).isEqualTo(404);
		}
		assertThat(output).doesNotContain(" ERROR ");

		TmfClient.Answer keys = client.getWithAuthorization("/oauth2/jwks", null);
		assertThat(keys.status()).isEqualTo(200);
		assertThat(keys.json().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
	}

	@Test
	void theOpenApiDocumentIsServed() {
		TmfClient.Answer docs = TmfClient.operator(port).getWithAuthorization("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("openapi").asString()).startsWith("3.");
		assertThat(docs.json().get("paths").has("/tmf-api/{api}/v4/hub")).isTrue();
	}
}
