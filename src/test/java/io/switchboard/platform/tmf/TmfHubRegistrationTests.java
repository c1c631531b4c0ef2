package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.support.DeskSlice;
import io.switchboard.platform.security.ApiSettings;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hub registration as production runs it, with {@code switchboard.api.hub.allow-private-callbacks} off
 * (the application tests turn it on for their loopback subscribers): a callback on a special-purpose
 * address is refused with the TMF Error body, and nothing is written.
 */
@WebMvcTest(controllers = TmfHubController.class, properties = "switchboard.api.hub.allow-private-callbacks=false")
@DeskSlice
@Import({ TmfHubs.class, TmfLinks.class, TmfHubRegistrationTests.Edge.class })
class TmfHubRegistrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ HubSettings.class, ApiSettings.class })
	static class Edge {

		@Bean
		TmfHubApi troubleTicketHub() {
			return new TmfHubApi("troubleTicket");
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	/** The operator's API client, as the token converter makes it. */
	record ApiClient(Actor actor) implements ActorPrincipal {

		@Override
		public Locale language() {
			return Locale.ENGLISH;
		}

		@Override
		public ZoneId timeZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public String partnerName() {
			return "Switchboard Mobile";
		}
	}

	static final ApiClient OPERATOR = new ApiClient(
			new Actor(null, "tmf-operator", "tmf-operator", null, PartnerScope.EVERYONE, Set.of()));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	JdbcClient jdbc;

	MvcTestResult register(String callback) {
		return mvc.post().uri("/tmf-api/troubleTicket/v4/hub")
			.with(authentication(new TestingAuthenticationToken(OPERATOR, null, "ROLE_API")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"callback\": \"" + callback + "\"}")
			.exchange();
	}

	@Test
	void callbacksOnSpecialPurposeAddressesAreRefusedAndNothingIsWritten() throws Exception {
		for (String callback : List.of("http://100.64.0.1/events", "http://100.100.100.200/latest/meta-data",
				"http://198.18.0.1/", "http://192.0.0.1/", "http://240.0.0.1/", "http://255.255.255.255/",
				"http://[64:ff9b::7f00:1]/", "http://127.0.0.1:8080/events", "https://10.0.0.5/hook",
				"http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/")) {
			MvcTestResult refused = register(callback);
			assertThat(refused).as(callback).hasStatus(400);
			JsonNode body = JsonMapper.builder().build()
				.readTree(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(body.get("code").asString()).as(callback).isEqualTo("INVALID_ATTRIBUTE");
			assertThat(body.get("@type").asString()).isEqualTo("Error");
			assertThat(body.get("message").asString()).as(callback).contains("'callback' must be a public address")
				.containsPattern(" is in [0-9a-f:.]+/\\d+, ");
		}
		verifyNoInteractions(jdbc);
	}
}
