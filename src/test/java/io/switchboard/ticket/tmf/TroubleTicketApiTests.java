package io.switchboard.ticket.tmf;

import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.partner.PartnerApi;
import io.switchboard.support.EventReceiver;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import io.switchboard.support.TmfClient.Answer;
import io.switchboard.ticket.TicketAdmin;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** TMF621 Trouble Ticket as an integrating system uses it, over HTTP with client-credentials tokens. */
@SwitchboardApplicationTest
class TroubleTicketApiTests {

	static final String BASE = "/tmf-api/troubleTicket/v4/troubleTicket";

	@LocalServerPort
	int port;

	TmfClient operator;
	TmfClient bluewave;

	@Autowired
	TicketAdmin admin;

	@Autowired
	PartnerApi partners;

	@BeforeEach
	void clients() {
		operator = TmfClient.operator(port);
		bluewave = TmfClient.bluewave(port);
	}

	static String ticket(String customer, String name) {
		return """
				{"name": "%s", "description": "Customer disputes the roaming charges on the last bill",
				 "ticketType": "BILLING", "severity": "high", "channel": {"id": "email"},
				 "relatedParty": [{"id": "%s", "role": "customer", "@referredType": "Customer"}],
				 "note": [{"text": "Bill of October attached to the e-mail"}]}""".formatted(name, customer);
	}

	@Test
	void aTicketIsCreatedWithItsReadableNumberAndTheCustomerAsRelatedParty() {
		Answer created = bluewave.post(BASE, ticket("100003", "Roaming charges disputed"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.get("id").asString()).matches("T-\\d{6,}");
		assertThat(created.header("Location")).isEqualTo(body.get("href").asString());
		assertThat(body.get("@type").asString()).isEqualTo("TroubleTicket");
		assertThat(body.get("status").asString()).isEqualTo("OPEN");
		assertThat(body.get("priority").asString()).isEqualTo("high");
		assertThat(body.get("ticketType").asString()).isEqualTo("BILLING");
		assertThat(body.get("channel").get("id").asString()).isEqualTo("email");
		assertThat(body.get("expectedResolutionDate").asString()).isNotEmpty();
		assertThat(body.get("note").get(0).get("text").asString()).isEqualTo("Bill of October attached to the e-mail");
		JsonNode customer = body.get("relatedParty").get(0);
		assertThat(customer.get("id").asString()).isEqualTo("100003");
		assertThat(customer.get("role").asString()).isEqualTo("customer");
		assertThat(operator.get(BASE + "/" + body.get("id").asString()).status()).isEqualTo(200);
	}

	@Test
	void badTicketsAreRefusedWithWhatIsWrong() {
		Answer noType = operator.post(BASE, """
				{"description": "x", "severity": "low", "relatedParty": [{"id": "100001", "role": "customer"}]}""");
		assertThat(noType.status()).isEqualTo(400);
		assertThat(noType.json().get("message").asString()).contains("'ticketType'");
		Answer unknownType = operator.post(BASE, ticket("100001", "x").replace("\"BILLING\"", "\"GARDENING\""));
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.json().get("message").asString()).contains("BILLING").contains("GARDENING");
		Answer badSeverity = operator.post(BASE, ticket("100001", "x").replace("\"high\"", "\"apocalyptic\""));
		assertThat(badSeverity.json().get("message").asString()).contains("critical, high, medium or low");
		Answer noCustomer = operator.post(BASE, """
				{"description": "x", "severity": "low", "ticketType": "BILLING"}""");
		assertThat(noCustomer.json().get("message").asString()).contains("customer");
		Answer otherPartner = bluewave.post(BASE, ticket("100002", "Not Bluewave's"));
		assertThat(otherPartner.status()).isEqualTo(400);
		assertThat(otherPartner.json().get("code").asString()).isEqualTo("UNKNOWN_CUSTOMER");
		assertThat(operator.get(BASE + "/T-999999999").status()).isEqualTo(404);
	}

	@Test
	void aListedTicketIsTheSameAsTheTicketReadAlone() {
		String queued = operator.post(BASE, ticket("100002", "Listed with a queue")).json().get("id").asString();
		operator.patch(BASE + "/" + queued, """
				{"status": "OPEN-DISPATCH", "relatedParty": [{"id": "100002", "role": "customer"},
				 {"name": "Billing back office", "role": "queue"}]}""", "application/merge-patch+json");
		Answer list = operator.get(BASE + "?limit=1000");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isGreaterThan(5);
		Set<String> kinds = new HashSet<>();
		for (JsonNode listed : list.json()) {
			JsonNode alone = operator.get(BASE + "/" + listed.get("id").asString()).json();
			assertThat(listed).as(listed.get("id").asString()).isEqualTo(alone);
			kinds.addAll(listed.propertyNames());
			listed.get("relatedParty").forEach(p -> kinds.add("party:" + p.get("role").asString()));
		}
		// the page covered what a ticket refers to: comments, the queue, the owner, status history
		assertThat(kinds).contains("note", "statusChange", "party:customer", "party:creator", "party:owner",
				"party:queue");
	}

	@Test
	void anotherPartnersTicketIsNotThere() {
		String operators = operator.post(BASE, ticket("100002", "Operator's own")).json().get("id").asString();
		Answer hidden = bluewave.get(BASE + "/" + operators);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().get("@type").asString()).isEqualTo("Error");
		assertThat(bluewave.get(BASE + "?id=" + operators).json()).isEmpty();
		assertThat(bluewave.patch(BASE + "/" + operators, "{\"name\": \"mine now\"}", "application/merge-patch+json")
			.status()).isEqualTo(404);
	}

	@Test
	void listsFilterByStatusCustomerAndDates() {
		String id = bluewave.post(BASE, ticket("100003", "List check")).json().get("id").asString();
		Answer page = bluewave.get(BASE + "?relatedParty.id=100003&status=OPEN&name=List%20check&fields=status,name");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json()).extracting(n -> n.get("id").asString()).contains(id);
		assertThat(page.json().get(0).propertyNames()).containsExactlyInAnyOrder("id", "href", "@type", "status", "name");
		assertThat(page.header("X-Total-Count")).isEqualTo(Integer.toString(page.json().size()));
		Answer recent = bluewave.get(BASE + "?creationDate.gte=2020-01-01&limit=1&sort=-creationDate");
		assertThat(recent.header("X-Result-Count")).isEqualTo("1");
		assertThat(bluewave.get(BASE + "?status=LOST").status()).isEqualTo(400);
	}

	@Test
	void aPatchAppliesWhollyOrNotAtAll() {
		String id = operator.post(BASE, ticket("100001", "Patch check")).json().get("id").asString();
		Answer refused = operator.patch(BASE + "/" + id, """
				{"name": "Renamed", "status": "CLOSED"}""", "application/merge-patch+json");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asString()).contains("resolution code").contains("FIXED");
		assertThat(operator.get(BASE + "/" + id).json().get("name").asString()).isEqualTo("Patch check");

		Answer renamed = operator.patch(BASE + "/" + id, """
				{"name": "Renamed", "priority": "critical", "note": [{"text": "Called the customer back"}]}""",
				"application/merge-patch+json");
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Renamed");
		assertThat(renamed.json().get("priority").asString()).isEqualTo("critical");
		assertThat(renamed.json().get("note")).extracting(n -> n.get("text").asString())
			.contains("Called the customer back");

		Answer closed = operator.patch(BASE + "/" + id, """
				{"status": "CLOSED", "statusChangeReason": "EXPLAINED"}""", "application/json");
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().has("resolutionDate")).isTrue();
		assertThat(closed.json().get("statusChange")).extracting(n -> n.get("status").asString()).contains("CLOSED");
		assertThat(operator.patch(BASE + "/" + id, "{\"href\": \"x\"}", "application/merge-patch+json").status())
			.isEqualTo(400);
	}

	@Test
	void aTicketCanBeDispatchedToAQueueByName() {
		String id = operator.post(BASE, ticket("100001", "Dispatch check")).json().get("id").asString();
		Answer dispatched = operator.patch(BASE + "/" + id, """
				{"status": "OPEN-DISPATCH", "relatedParty": [{"id": "100001", "role": "customer"},
				 {"name": "Billing back office", "role": "queue"}]}""", "application/merge-patch+json");
		assertThat(dispatched.status()).isEqualTo(200);
		assertThat(dispatched.json().get("status").asString()).isEqualTo("OPEN-DISPATCH");
		assertThat(dispatched.json().get("relatedParty")).extracting(n -> n.path("name").asString())
			.contains("Billing back office");
		Answer waiting = operator.patch(BASE + "/" + id, "{\"status\": \"WAITING\"}", "application/merge-patch+json");
		assertThat(waiting.status()).isEqualTo(400);
	}

	@Test
	void subscribersHearOfNewTicketsAndStatusMoves() {
		try (EventReceiver hub = new EventReceiver(); EventReceiver operatorHub = new EventReceiver()) {
			Answer registered = bluewave.post("/tmf-api/troubleTicket/v4/hub", "{\"callback\": \"" + hub.callback() + "\"}");
			assertThat(registered.status()).isEqualTo(201);
			Answer operators = operator.post("/tmf-api/troubleTicket/v4/hub",
					"{\"callback\": \"" + operatorHub.callback() + "\"}");
			String id = bluewave.post(BASE, ticket("100003", "Hub check")).json().get("id").asString();
			bluewave.patch(BASE + "/" + id, "{\"status\": \"CLOSED\", \"statusChangeReason\": \"FIXED\"}",
					"application/merge-patch+json");
			String hidden = operator.post(BASE, ticket("100002", "Hub check, operator")).json().get("id").asString();
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(hub.about("TroubleTicketCreateEvent", "troubleTicket", id)).hasSize(1);
				assertThat(hub.about("TroubleTicketStatusChangeEvent", "troubleTicket", id)).isNotEmpty();
			});
			// the operator's subscriber heard of the operator's ticket: every hub was served for that event, and
			// Bluewave's was not among them
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					operatorHub.about("TroubleTicketCreateEvent", "troubleTicket", hidden)).hasSize(1));
			assertThat(hub.about("TroubleTicketCreateEvent", "troubleTicket", hidden)).isEmpty();
			assertThat(operator.delete("/tmf-api/troubleTicket/v4/hub/" + operators.json().get("id").asString()).status())
				.isEqualTo(204);
			assertThat(bluewave.delete("/tmf-api/troubleTicket/v4/hub/" + registered.json().get("id").asString()).status())
				.isEqualTo(204);
		}
	}

	/** How many tickets of the customer have this name, as the API lists them. */
	long named(TmfClient client, String customer, String name) {
		return Long.parseLong(client.get(BASE + "?relatedParty.id=" + customer + "&name="
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).header("X-Total-Count"));
	}

	static String withNotes(String ticket, int count) {
		StringBuilder notes = new StringBuilder();
		for (int i = 0; i < count; i++) {
			notes.append(i == 0 ? "" : ",").append("{\"text\": \"note ").append(i).append("\"}");
		}
		return ticket.replace("[{\"text\": \"Bill of October attached to the e-mail\"}]", "[" + notes + "]");
	}

	@Test
	void aTicketOverALimitIsRefusedNamingTheAttributeAndNothingIsKept() {
		String name = "Limits check " + ThreadLocalRandom.current().nextInt(1_000_000);
		Answer notes = operator.post(BASE, withNotes(ticket("100001", name), 1000));
		assertThat(notes.status()).isEqualTo(400);
		assertThat(notes.json().get("code").asString()).isEqualTo("TOO_MANY_ITEMS");
		assertThat(notes.json().get("message").asString())
			.isEqualTo("'note' has 1000 entries; at most 20 are accepted in one request.");

		Answer nul = operator.post(BASE, ticket("100001", name).replace("on the last bill", "on the\\u0000 last bill"));
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.json().get("code").asString()).isEqualTo("INVALID_CHARACTERS");
		assertThat(nul.json().get("message").asString()).startsWith("'description' contains a control character (U+0000)");

		Answer longName = operator.post(BASE, ticket("100001", name + "x".repeat(201 - name.length())));
		assertThat(longName.status()).isEqualTo(400);
		assertThat(longName.json().get("code").asString()).isEqualTo("VALUE_TOO_LONG");
		assertThat(longName.json().get("message").asString()).isEqualTo("'name' has 201 characters; at most 200 are accepted.");
		assertThat(named(operator, "100001", name)).isZero();

		// at the limit, and with tabs and line breaks in the long texts, a ticket is taken
		String atTheLimit = name + "y".repeat(200 - name.length());
		Answer created = operator.post(BASE, withNotes(ticket("100001", atTheLimit), 20)
			.replace("on the last bill", "on the last bill:\\n\\tOctober\\r\\n\\tNovember"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("note")).hasSize(20);
		assertThat(created.json().get("description").asString()).contains("bill:\n\tOctober\r\n\tNovember");

		String id = created.json().get("id").asString();
		Answer longNote = operator.patch(BASE + "/" + id, "{\"name\": \"Renamed\", \"note\": [{\"text\": \""
				+ "z".repeat(4001) + "\"}]}", "application/merge-patch+json");
		assertThat(longNote.status()).isEqualTo(400);
		assertThat(longNote.json().get("message").asString()).isEqualTo("'note[0].text' has 4001 characters; at most 4000 are accepted.");
		JsonNode unchanged = operator.get(BASE + "/" + id).json();
		assertThat(unchanged.get("name").asString()).isEqualTo(atTheLimit);
		assertThat(unchanged.get("note")).hasSize(20);
	}

	@Test
	void anotherPartnersQueueIsAsUnknownAsAQueueThatDoesNotExist() {
		String nimbusQueue = "Nimbus escalations " + ThreadLocalRandom.current().nextInt(1_000_000);
		admin.addQueue(new TicketAdmin.QueueChange(anEntry(TicketAdmin.QUEUES, "NIMBUS_" + nimbusQueue.replaceAll("\\D", ""))
			.named("en", nimbusQueue).named("ru", "Эскалации Nimbus " + nimbusQueue.replaceAll("\\D", "")).draft(),
				partners.findByCode("NIMBUS").orElseThrow().id(), List.of(), false), "admin");
		String queued = """
				{"description": "Needs the back office", "ticketType": "BILLING", "severity": "low",
				 "relatedParty": [{"id": "100003", "role": "customer"}, {"name": "%s", "role": "queue"}]}""";

		Answer others = bluewave.post(BASE, queued.formatted(nimbusQueue));
		Answer none = bluewave.post(BASE, queued.formatted("No such queue"));
		assertThat(others.status()).isEqualTo(400);
		assertThat(none.status()).isEqualTo(400);
		assertThat(others.json().get("code").asString()).isEqualTo("UNKNOWN_QUEUE").isEqualTo(none.json().get("code").asString());
		assertThat(others.json().get("message").asString())
			.isEqualTo(none.json().get("message").asString().replace("No such queue", nimbusQueue));

		String id = bluewave.post(BASE, ticket("100003", "Dispatch to a queue not ours")).json().get("id").asString();
		String dispatch = """
				{"status": "OPEN-DISPATCH", "relatedParty": [{"id": "100003", "role": "customer"},
				 {"name": "%s", "role": "queue"}]}""";
		Answer othersPatch = bluewave.patch(BASE + "/" + id, dispatch.formatted(nimbusQueue), "application/merge-patch+json");
		Answer nonePatch = bluewave.patch(BASE + "/" + id, dispatch.formatted("No such queue"), "application/merge-patch+json");
		assertThat(othersPatch.json().get("code").asString()).isEqualTo("UNKNOWN_QUEUE")
			.isEqualTo(nonePatch.json().get("code").asString());
		assertThat(bluewave.get(BASE + "/" + id).json().get("status").asString()).isEqualTo("OPEN");

		// its own queue is known
		Answer own = bluewave.post(BASE, queued.formatted("Bluewave escalations"));
		assertThat(own.status()).isEqualTo(201);
		assertThat(own.json().get("status").asString()).isEqualTo("OPEN-DISPATCH");
	}

	@Test
	void aPartnersClientIsNotToldTheNameOfTheOperatorsQueueItsTicketSitsIn() {
		try (EventReceiver bluewaveHub = new EventReceiver()) {
			String hub = bluewave.post("/tmf-api/troubleTicket/v4/hub", "{\"callback\": \"" + bluewaveHub.callback() + "\"}")
				.json().get("id").asString();
			String id = operator.post(BASE, ticket("100003", "Carlos's bill, for the operator's back office")).json()
				.get("id").asString();
			operator.patch(BASE + "/" + id, """
					{"status": "OPEN-DISPATCH", "relatedParty": [{"id": "100003", "role": "customer"},
					 {"name": "Billing back office", "role": "queue"}]}""", "application/merge-patch+json");

			assertThat(roles(operator.get(BASE + "/" + id).json())).contains("queue");
			JsonNode seenByBluewave = bluewave.get(BASE + "/" + id).json();
			assertThat(seenByBluewave.get("status").asString()).isEqualTo("OPEN-DISPATCH");
			assertThat(roles(seenByBluewave)).doesNotContain("queue");
			assertThat(seenByBluewave.toString()).doesNotContain("Billing back office");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					bluewaveHub.about("TroubleTicketStatusChangeEvent", "troubleTicket", id)).isNotEmpty());
			assertThat(bluewaveHub.about("TroubleTicketStatusChangeEvent", "troubleTicket", id))
				.allSatisfy(event -> assertThat(event.toString()).doesNotContain("Billing back office"));
			bluewave.delete("/tmf-api/troubleTicket/v4/hub/" + hub);
		}
	}

	static java.util.List<String> roles(JsonNode ticket) {
		java.util.List<String> roles = new java.util.ArrayList<>();
		ticket.get("relatedParty").forEach(party -> roles.add(party.get("role").asString()));
		return roles;
	}
}
