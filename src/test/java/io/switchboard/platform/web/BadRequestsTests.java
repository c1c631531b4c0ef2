package io.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.DeskLogin;
import io.switchboard.support.RawHttp;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the server cannot read (not percent-encoded UTF-8, a broken multipart body, a wildcard
 * Content-Type) are refused with a 4xx in the caller's terms, and logged at WARN without a stack trace;
 * a long one is still answered.
 * Sent byte for byte over a socket: Tomcat's decoding is what fails, and MockMvc never decodes.
 */
@SwitchboardApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsTests {

	static final String UNREADABLE_EN = "The request could not be read: the address or the form contains characters"
			+ " that are not valid text.";

	static final String UNREADABLE_RU = "Запрос не удалось прочитать: в адресе или в форме есть символы, которые не"
			+ " являются текстом.";

	@LocalServerPort
	int port;

	RawHttp http;

	@BeforeEach
	void server() {
		http = new RawHttp(port);
	}

	static RawHttp.Request get(String target) {
		return new RawHttp.Request("GET", target, Map.of("Accept", "text/html"), null);
	}

	static RawHttp.Request post(String target, String contentType, String body) {
		return new RawHttp.Request("POST", target, Map.of("Accept", "text/html", "Content-Type", contentType),
				body.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void aSearchThatIsNotUtf8IsRefusedOnAPageInTheAgentsLanguage(CapturedOutput log) {
		RawHttp.Response english = http.send(DeskLogin.as(port, "agent").on(get("/search?q=%C3%28")));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains(UNREADABLE_EN).contains("<html");

		RawHttp.Response russian = http.send(DeskLogin.as(port, "operator.ru").on(get("/search?q=%C3%28")));
		assertThat(russian.status()).isEqualTo(400);
		assertThat(russian.body()).contains(UNREADABLE_RU);

		assertThat(log.getOut()).contains("Refused GET /search with 400: it could not be read")
			.doesNotContain("MalformedInputException")
			.doesNotContain("InvalidParameterException: Character decoding failed");
	}

	@Test
	void aLoneOrOverlongEscapeIsRefusedLikeABrokenOne() {
		DeskLogin.Session agent = DeskLogin.as(port, "agent");
		assertThat(http.send(agent.on(get("/search?q=%"))).status()).isEqualTo(400);
		assertThat(http.send(agent.on(get("/search?q=%C0%AF"))).body()).contains(UNREADABLE_EN);
	}

	@Test
	void anHtmxRequestGetsTheRefusalAsAnAlertForItsPanel() {
		RawHttp.Response answer = http.send(DeskLogin.as(port, "agent")
			.on(get("/search/suggest?q=%C3%28").withHeader("HX-Request", "true").withHeader("Accept", "*/*")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("role=\"alert\"").contains(UNREADABLE_EN).doesNotContain("<html");
	}

	@Test
	void aFormBodyThatIsNotUtf8IsRefusedAsUnreadableNotAsForbidden() {
		DeskLogin.Session agent = DeskLogin.as(port, "agent");
		RawHttp.Response answer = http.send(agent.on(post("/customers/100001/flash",
				"application/x-www-form-urlencoded", "body=%C3%28&severity=INFO")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains(UNREADABLE_EN);
	}

	@Test
	void anApiFilterThatIsNotUtf8AnswersTheTmfError(CapturedOutput log) {
		String token = TmfClient.operator(port).token();
		for (String filter : new String[] { "%C3%28", "%", "%C0%AF" }) {
			RawHttp.Response answer = http.send(new RawHttp.Request("GET",
					"/tmf-api/troubleTicket/v4/troubleTicket?name=" + filter,
					Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null));
			assertThat(answer.status()).as(filter).isEqualTo(400);
			JsonNode error = JsonMapper.builder().build().readTree(answer.body());
			assertThat(error.get("code").asString()).isEqualTo("INVALID_PARAMETER");
			assertThat(error.get("@type").asString()).isEqualTo("Error");
			assertThat(error.get("status").asString()).isEqualTo("400");
		}
		assertThat(log.getOut()).contains("Refused GET /tmf-api/troubleTicket/v4/troubleTicket with 400")
			.doesNotContain("API request failed");
	}

	@Test
	void aMultipartBodyWithoutItsBoundaryIsRefusedNotAServerError() {
		RawHttp.Response answer = http.send(DeskLogin.as(port, "agent")
			.on(post("/search?q=jane", "multipart/form-data", "--x\r\n\r\nb\r\n")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains(UNREADABLE_EN);
	}

	@Test
	void aWildcardContentTypeOnTheApiIsAnUnsupportedMediaType() {
		String token = TmfClient.operator(port).token();
		RawHttp.Response answer = http.send(new RawHttp.Request("POST", "/tmf-api/troubleTicket/v4/hub",
				Map.of("Authorization", "Bearer " + token, "Content-Type", "*/*"),
				"{\"callback\": \"http://127.0.0.1:9/events\"}".getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(JsonMapper.builder().build().readTree(answer.body()).get("code").asString())
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void aFormBodyOnPutIsNotParsedByAnyone() {
		// no endpoint takes one; Spring's form filter used to parse it first and fail on a lone "%"
		RawHttp.Response answer = http.send(DeskLogin.as(port, "agent")
			.on(new RawHttp.Request("PUT", "/customers/100001/profile",
					Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=%".getBytes(StandardCharsets.UTF_8))));
		assertThat(answer.status()).isEqualTo(405);
	}

	@Test
	void aRedirectThatEchoesALongQueryIsStillAnswered() {
		// Swagger UI's address redirects with the query, re-encoded: 4,000 characters in, 8,000 out
		RawHttp.Response answer = http.send(get("/swagger-ui.html?q=" + "a+".repeat(2_000)));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.head()).contains("Location: ");
	}
}
