package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import io.switchboard.support.TmfClient.Answer;
import io.switchboard.support.TmfClient.RawAnswer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The edge every TMF API shares, over HTTP as integrators reach it: the body-size limit (with and
 * without Content-Length), the TMF Error body for what no controller answers, links built from the
 * configured public address whatever Host a client sends, and the hub's limits on callbacks.
 */
@SwitchboardApplicationTest
class TmfEdgeApiTests {

	static final String INTERACTIONS = "/tmf-api/partyInteraction/v4/partyInteraction";
	static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
	static final String A_CALL = """
			{"direction": "inbound", "reason": "Edge check", "channel": [{"id": "phone"}]}""";

	@LocalServerPort
	int port;

	TmfClient operator;

	@BeforeEach
	void client() {
		operator = TmfClient.operator(port);
	}

	static void assertTmfError(JsonNode body, int status, String code) {
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("status").asString()).isEqualTo(Integer.toString(status));
		assertThat(body.get("@type").asString()).isEqualTo("Error");
		assertThat(body.get("reason").asString()).isNotBlank();
		assertThat(body.get("message").asString()).isNotBlank();
	}

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
		// 40 MB announced, 64 KB sent: the answer comes without the rest
		byte[] start = new byte[64 * 1024];
		Arrays.fill(start, (byte) ' ');
		RawAnswer refused = operator.raw("POST " + INTERACTIONS + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nContent-Type: application/json\r\nContent-Length: 40000000", start);
		assertThat(refused.status()).isEqualTo(413);
		assertTmfError(refused.json(), 413, "REQUEST_TOO_LARGE");
		assertThat(refused.json().get("message").asString()).contains("40000000 bytes").contains("at most 262144 bytes");
	}

	@Test
	void aChunkedBodyIsHeldToTheSameLimit() {
		String attachment = "{\"name\": \"x\"},".repeat(30_000);
		byte[] large = ("{\"direction\": \"inbound\", \"reason\": \"Chunked\", \"channel\": [{\"id\": \"phone\"}], "
				+ "\"attachment\": [" + attachment + "{}]}").getBytes(StandardCharsets.UTF_8);
		assertThat(large.length).isGreaterThan(256 * 1024);
		RawAnswer refused = operator.raw("POST " + INTERACTIONS + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", TmfClient.chunked(large, 8192));
		assertThat(refused.status()).isEqualTo(413);
		assertTmfError(refused.json(), 413, "REQUEST_TOO_LARGE");

		RawAnswer accepted = operator.raw("POST " + INTERACTIONS + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
				TmfClient.chunked(A_CALL.getBytes(StandardCharsets.UTF_8), 16));
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().get("reason").asString()).isEqualTo("Edge check");
	}

	@Test
	void linksNameTheConfiguredAddressWhateverHostTheClientSends() {
		byte[] body = A_CALL.getBytes(StandardCharsets.UTF_8);
		RawAnswer created = operator.raw("POST " + INTERACTIONS + " HTTP/1.1\r\nHost: evil.example\r\n"
				+ "X-Forwarded-Host: evil.example\r\nContent-Type: application/json\r\nContent-Length: " + body.length, body);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		// the demo's address: http://localhost:<port>
		String href = "http://localhost:" + port + INTERACTIONS + "/" + id;
		assertThat(created.json().get("href").asString()).isEqualTo(href);
		assertThat(created.headers().get("location")).isEqualTo(href);
		RawAnswer read = operator.raw("GET " + INTERACTIONS + "/" + id + " HTTP/1.1\r\nHost: evil.example:8443",
				new byte[0]);
		assertThat(read.json().get("href").asString()).isEqualTo(href);
	}

	@Test
	void whatNoControllerAnswersIsStillTheTmfErrorBody() {
		Answer unknownPath = operator.get("/tmf-api/troubleTicket/v4/nothingHere");
		assertThat(unknownPath.status()).isEqualTo(404);
		assertTmfError(unknownPath.json(), 404, "NOT_FOUND");
		assertThat(unknownPath.json().get("message").asString()).contains("/tmf-api/troubleTicket/v4/nothingHere");

		Answer unknownApi = operator.get("/tmf-api/noSuchApi/v4/thing");
		assertThat(unknownApi.status()).isEqualTo(404);
		assertTmfError(unknownApi.json(), 404, "NOT_FOUND");

		Answer put = operator.request("PUT", TICKETS + "/T-000001", "application/json", "{}");
		assertThat(put.status()).isEqualTo(405);
		assertTmfError(put.json(), 405, "METHOD_NOT_ALLOWED");
		assertThat(put.json().get("message").asString()).contains("PUT is not supported").contains("PATCH");

		Answer text = operator.request("POST", TICKETS, "text/plain", "a ticket, please");
		assertThat(text.status()).isEqualTo(415);
		assertTmfError(text.json(), 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void hubCallbacksAndQueriesOverTwoThousandCharactersAreRefusedWithTheTmfErrorBody() {
		String hub = "/tmf-api/troubleTicket/v4/hub";
		Answer callback = operator.post(hub, "{\"callback\": \"http://127.0.0.1/" + "a".repeat(2100) + "\"}");
		assertThat(callback.status()).isEqualTo(400);
		assertTmfError(callback.json(), 400, "VALUE_TOO_LONG");
		assertThat(callback.json().get("message").asString())
			.isEqualTo("'callback' has 2117 characters; at most 2000 are accepted.");

		Answer query = operator.post(hub, "{\"callback\": \"http://127.0.0.1/events\", \"query\": \"eventType="
				+ "X".repeat(2100) + "\"}");
		assertThat(query.status()).isEqualTo(400);
		assertTmfError(query.json(), 400, "VALUE_TOO_LONG");
		assertThat(query.json().get("message").asString()).startsWith("'query' has 2110 characters");

		Answer control = operator.post(hub, "{\"callback\": \"http://127.0.0.1/events\\u0000\"}");
		assertThat(control.status()).isEqualTo(400);
		assertTmfError(control.json(), 400, "INVALID_CHARACTERS");

		Answer credentials = operator.post(hub, "{\"callback\": \"http://user:secret@127.0.0.1/events\"}");
		assertThat(credentials.status()).isEqualTo(400);
		assertTmfError(credentials.json(), 400, "INVALID_ATTRIBUTE");
		assertThat(credentials.json().get("message").asString()).contains("must not hold a user name or password");
	}
}
