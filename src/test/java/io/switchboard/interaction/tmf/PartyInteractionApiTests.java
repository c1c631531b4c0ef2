package io.switchboard.interaction.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.support.Callers;
import io.switchboard.support.Callers.Called;
import io.switchboard.support.EventReceiver;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import io.switchboard.support.TmfClient.Answer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * TMF683 Party Interaction as an integrating system uses it: over HTTP, with client-credentials
 * tokens, the TMF630 rules, and partner scoping (Bluewave's client sees only Bluewave's customers).
 */
@SwitchboardApplicationTest
class PartyInteractionApiTests {

	static final String BASE = "/tmf-api/partyInteraction/v4/partyInteraction";

	@LocalServerPort
	int port;

	TmfClient operator;
	TmfClient bluewave;

	@BeforeEach
	void clients() {
		operator = TmfClient.operator(port);
		bluewave = TmfClient.bluewave(port);
	}

	static String call(String customer, String reason) {
		return """
				{"direction": "inbound", "reason": "%s", "channel": [{"id": "phone", "name": "phone"}],
				 "interactionDate": {"startDateTime": "2026-11-20T10:15:00Z", "endDateTime": "2026-11-20T10:21:30Z"},
				 "description": "Explained the roaming charges",
				 "relatedParty": [{"id": "%s", "role": "customer", "@referredType": "Customer"}],
				 "attachment": [{"name": "recording.ogg", "url": "https://recordings.example.net/42"}]}"""
			.formatted(reason, customer);
	}

	@Test
	void aListedInteractionIsTheSameAsTheInteractionReadAlone() {
		Answer list = operator.get(BASE + "?limit=200&sort=-creationDate");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isGreaterThan(10);
		for (JsonNode listed : list.json()) {
			JsonNode alone = operator.get(BASE + "/" + listed.get("id").asString()).json();
			assertThat(listed).as(listed.get("id").asString()).isEqualTo(alone);
		}
		assertThat(list.json()).anySatisfy(i -> assertThat(i.has("relatedParty")).isTrue());
	}

	@Test
	void theConformanceKitsMinimalInteractionIsRecordedForAnUnidentifiedCaller() {
		Answer created = operator.post(BASE, """
				{"channel": [{"id": "555"}], "direction": "inbounds", "reason": "The user wanted to buy TV and internet plan"}""");
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.get("id").asString()).matches("I-\\d{6,}");
		assertThat(created.header("Location")).isEqualTo(body.get("href").asString());
		assertThat(body.get("href").asString()).endsWith(BASE + "/" + body.get("id").asString());
		assertThat(body.get("@type").asString()).isEqualTo("PartyInteraction");
		assertThat(body.get("direction").asString()).isEqualTo("inbound");
		assertThat(body.get("status").asString()).isEqualTo("open");
		assertThat(body.get("channel").get(0).get("id").asString()).isEqualTo("555");
		assertThat(body.get("relatedParty")).isEmpty();

		Answer read = operator.get(BASE + "/" + body.get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("reason").asString()).isEqualTo("The user wanted to buy TV and internet plan");
		Answer byHref = operator.get(BASE + "?href=" + body.get("href").asString());
		assertThat(byHref.json()).hasSize(1);
	}

	@Test
	void anInteractionWithACustomerKeepsWhatSwitchboardDoesNotModel() {
		Answer created = bluewave.post(BASE, call("100003", "Roaming charges"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.get("status").asString()).isEqualTo("closed");
		assertThat(body.get("interactionDate").get("endDateTime").asString()).isEqualTo("2026-11-20T10:21:30Z");
		assertThat(body.get("relatedParty").get(0).get("id").asString()).isEqualTo("100003");
		assertThat(body.get("relatedParty").get(0).get("name").asString()).isEqualTo("Carlos Mendes");
		assertThat(body.get("attachment").get(0).get("name").asString()).isEqualTo("recording.ogg");
		assertThat(body.get("description").asString()).isEqualTo("Explained the roaming charges");
	}

	@Test
	void anotherPartnersCustomerAndInteractionsAreInvisible() {
		Answer refused = bluewave.post(BASE, call("100002", "Not ours"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("code").asString()).isEqualTo("UNKNOWN_CUSTOMER");

		String operatorsOwn = operator.post(BASE, call("100002", "Operator customer")).json().get("id").asString();
		Answer hidden = bluewave.get(BASE + "/" + operatorsOwn);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().get("@type").asString()).isEqualTo("Error");
		assertThat(bluewave.get(BASE + "?id=" + operatorsOwn).json()).isEmpty();
		assertThat(operator.get(BASE + "/" + operatorsOwn).status()).isEqualTo(200);
	}

	@Test
	void listsAreFilteredProjectedSortedAndPaged() {
		for (int i = 0; i < 3; i++) {
			bluewave.post(BASE, call("100003", "Paging check " + i));
		}
		Answer page = bluewave.get(BASE + "?relatedParty.id=100003&reason=Paging%20check%201&fields=reason");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json()).hasSize(1);
		assertThat(page.header("X-Total-Count")).isEqualTo("1");
		JsonNode only = page.json().get(0);
		assertThat(only.propertyNames()).containsExactlyInAnyOrder("id", "href", "@type", "reason");

		Answer limited = bluewave.get(BASE + "?relatedParty.id=100003&limit=2&sort=-creationDate");
		assertThat(limited.header("X-Result-Count")).isEqualTo("2");
		assertThat(Long.parseLong(limited.header("X-Total-Count"))).isGreaterThanOrEqualTo(3);
		assertThat(limited.json().get(0).get("creationDate").asString())
			.isGreaterThanOrEqualTo(limited.json().get(1).get("creationDate").asString());

		Answer wrong = bluewave.get(BASE + "?colour=blue");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("message").asString()).contains("relatedParty.id");
	}

	@Test
	void badInputIsRefusedWithTheTmfErrorBody() {
		Answer noReason = operator.post(BASE, """
				{"direction": "inbound", "channel": [{"id": "phone"}]}""");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("code").asString()).isEqualTo("MISSING_ATTRIBUTE");
		assertThat(noReason.json().get("message").asString()).contains("'reason'");
		Answer sideways = operator.post(BASE, """
				{"direction": "sideways", "reason": "x", "channel": [{"id": "phone"}]}""");
		assertThat(sideways.json().get("message").asString()).contains("inbound or outbound");
		assertThat(operator.post(BASE, "{not json").status()).isEqualTo(400);
		Answer unknown = operator.get(BASE + "/9537d3a7-af52-44a7-b675-26e2fa32df85");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(operator.delete(BASE + "/I-000001").status()).isEqualTo(405);
	}

	@Test
	void theCallerTheDeskRecordedIsARelatedPartyWithTheRoleCaller(@Autowired InteractionApi interactions,
			@Autowired CustomerImport customers, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) {
		Callers callers = new Callers(customers, interactions, transactions, users);
		Called mia = callers.aPerson("Mia", "Caller", "agent").withAuthorisedUser("Sam Caller").create();
		InteractionView call = callers.callFrom(mia, "Sam Caller", callers.actor("agent"));

		JsonNode parties = operator.get(BASE + "/" + call.number()).json().get("relatedParty");
		Answer patched = operator.patch(BASE + "/" + call.number(),
				"{\"description\": \"On hold\", \"relatedParty\": " + parties + "}", "application/merge-patch+json");

		assertThat(parties).anySatisfy(p -> {
			assertThat(p.get("role").asString()).isEqualTo("caller");
			assertThat(p.get("id").asString()).isEqualTo(mia.party("Sam Caller").toString());
			assertThat(p.get("name").asString()).isEqualTo("Sam Caller");
			assertThat(p.get("@referredType").asString()).isEqualTo("Individual");
		});
		assertThat(parties).anySatisfy(p -> {
			assertThat(p.get("role").asString()).isEqualTo("customer");
			assertThat(p.get("id").asString()).isEqualTo(mia.number());
		});
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("relatedParty")).filteredOn(p -> p.get("role").asString().equals("caller"))
			.as("sent back as it came, the caller is not kept twice").hasSize(1);
	}

	@Test
	void aMergePatchChangesWhatItNamesAndClosesAnOpenInteraction() {
		String id = operator.post(BASE, """
				{"direction": "outbound", "reason": "Callback", "channel": [{"name": "phone"}],
				 "relatedParty": [{"id": "100001", "role": "customer"}]}""").json().get("id").asString();
		Answer described = operator.patch(BASE + "/" + id, """
				{"description": "Left a voicemail", "note": [{"text": "try again tomorrow"}]}""",
				"application/merge-patch+json");
		assertThat(described.status()).isEqualTo(200);
		assertThat(described.json().get("description").asString()).isEqualTo("Left a voicemail");
		assertThat(described.json().get("status").asString()).isEqualTo("open");
		assertThat(described.json().get("reason").asString()).isEqualTo("Callback");

		Answer closed = operator.patch(BASE + "/" + id, "{\"status\": \"closed\"}", "application/json");
		assertThat(closed.json().get("status").asString()).isEqualTo("closed");
		assertThat(closed.json().get("interactionDate").has("endDateTime")).isTrue();

		Answer reopen = operator.patch(BASE + "/" + id, "{\"status\": \"open\"}", "application/merge-patch+json");
		assertThat(reopen.status()).isEqualTo(400);
		Answer renumber = operator.patch(BASE + "/" + id, "{\"id\": \"I-1\"}", "application/merge-patch+json");
		assertThat(renumber.status()).isEqualTo(400);
		assertThat(renumber.json().get("code").asString()).isEqualTo("NOT_PATCHABLE");
		Answer removeReason = operator.patch(BASE + "/" + id, "{\"reason\": null}", "application/merge-patch+json");
		assertThat(removeReason.status()).isEqualTo(400);
		assertThat(operator.get(BASE + "/" + id).json().get("reason").asString()).isEqualTo("Callback");
	}

	@Test
	void subscribersHearOfInteractionsTheirClientMaySee() {
		try (EventReceiver operatorHub = new EventReceiver(); EventReceiver bluewaveHub = new EventReceiver()) {
			Answer registered = operator.post("/tmf-api/partyInteraction/v4/hub",
					"{\"callback\": \"" + operatorHub.callback() + "\"}");
			assertThat(registered.status()).isEqualTo(201);
			assertThat(registered.header("Location")).endsWith("/hub/" + registered.json().get("id").asString());
			Answer bluewaveRegistered = bluewave.post("/tmf-api/partyInteraction/v4/hub",
					"{\"callback\": \"" + bluewaveHub.callback() + "\", \"query\": \"eventType=PartyInteractionCreateEvent\"}");

			String operatorOnly = operator.post(BASE, call("100002", "Hub check")).json().get("id").asString();
			String bluewaves = bluewave.post(BASE, call("100003", "Hub check")).json().get("id").asString();

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(operatorHub.about("PartyInteractionCreateEvent", "partyInteraction", operatorOnly)).hasSize(1);
				assertThat(operatorHub.about("PartyInteractionCreateEvent", "partyInteraction", bluewaves)).hasSize(1);
				assertThat(bluewaveHub.about("PartyInteractionCreateEvent", "partyInteraction", bluewaves)).hasSize(1);
			});
			assertThat(bluewaveHub.about("PartyInteractionCreateEvent", "partyInteraction", operatorOnly)).isEmpty();

			String hubId = bluewaveRegistered.json().get("id").asString();
			assertThat(operator.delete("/tmf-api/partyInteraction/v4/hub/" + registered.json().get("id").asString())
				.status()).isEqualTo(204);
			assertThat(bluewave.delete("/tmf-api/partyInteraction/v4/hub/" + hubId).status()).isEqualTo(204);
			assertThat(bluewave.delete("/tmf-api/partyInteraction/v4/hub/" + hubId).status()).isEqualTo(404);
		}
	}

	@Test
	void aHubNeedsACallbackUrl() {
		Answer refused = operator.post("/tmf-api/partyInteraction/v4/hub", "{\"callback\": \"not a url\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asString()).contains("callback");
		assertThat(operator.post("/tmf-api/noSuchApi/v4/hub", "{\"callback\": \"http://x\"}").status()).isEqualTo(404);
	}

	@Test
	void whatIsKeptAsGivenIsHeldToTheLimitsToo() {
		Answer attachment = operator.post(BASE, call("100001", "Limits check").replace(
				"\"url\": \"https://recordings.example.net/42\"", "\"content\": \"" + "QUJD".repeat(10_000) + "\""));
		assertThat(attachment.status()).isEqualTo(400);
		assertThat(attachment.json().get("code").asString()).isEqualTo("VALUE_TOO_LONG");
		assertThat(attachment.json().get("message").asString())
			.isEqualTo("'attachment[0].content' has 40000 characters; at most 2000 are accepted.");

		Answer reason = operator.post(BASE, call("100001", "r".repeat(501)));
		assertThat(reason.status()).isEqualTo(400);
		assertThat(reason.json().get("message").asString()).isEqualTo("'reason' has 501 characters; at most 500 are accepted.");

		Answer control = operator.post(BASE, call("100001", "Limits check").replace("recording.ogg", "record\\u0007ing.ogg"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(control.json().get("code").asString()).isEqualTo("INVALID_CHARACTERS");
		assertThat(control.json().get("message").asString()).startsWith("'attachment[0].name' contains a control character (U+0007)");

		Answer parties = operator.post(BASE, call("100001", "Limits check").replace("\"relatedParty\": [",
				"\"relatedParty\": [" + "{\"id\": \"x\", \"role\": \"witness\"},".repeat(25)));
		assertThat(parties.status()).isEqualTo(400);
		assertThat(parties.json().get("code").asString()).isEqualTo("TOO_MANY_ITEMS");
		assertThat(parties.json().get("message").asString()).startsWith("'relatedParty' has 26 entries");

		assertThat(operator.get(BASE + "?reason=Limits%20check").json()).isEmpty();
	}
}
