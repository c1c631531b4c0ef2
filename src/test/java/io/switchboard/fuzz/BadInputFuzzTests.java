package io.switchboard.fuzz;

import io.switchboard.support.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.switchboard.customer.CustomerImport;
import io.switchboard.fuzz.BadInput.Dice;
import io.switchboard.fuzz.BadInput.Kind;
import io.switchboard.fuzz.Endpoints.Endpoint;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionTestData;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TmfClient;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.NewTicket;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated bad input to every form and API endpoint of the running application and expects no
 * 5xx: each endpoint found in the handler mappings gets every {@link Kind} of bad input at least once
 * (wrong types, list indexes out of range, invalid UTF-8, control characters, over-long values,
 * missing fields, broken JSON, wrong methods and media types, odd path variables), then random
 * endpoints and kinds until the time budget is spent; nothing may be logged at ERROR meanwhile. Desk
 * pages are called with an agent's session and CSRF token (an administrator's for {@code /admin}, a
 * manager's for tickets), the TMF APIs with a client-credentials token.
 * <p>
 * Budget: {@code -Dswitchboard.fuzz.seconds} (default {@value #DEFAULT_SECONDS}: the sweep plus a short
 * random run in {@code ./mvnw verify}). Every request is derived from the seed and its number, so a
 * failure names both and {@code -Dswitchboard.fuzz.seed=S -Dswitchboard.fuzz.replay=N} sends exactly
 * that request again. {@code -Dswitchboard.fuzz.seed=random} explores new ground on each run.
 * <p>
 * The fuzzer works on data of its own (a customer, a ticket, an interaction, a wrap-up code and a hub
 * subscription it creates), so the other tests sharing the database never meet its changes.
 */
@SwitchboardApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputFuzzTests {

	static final int DEFAULT_SECONDS = 30;

	static final long DEFAULT_SEED = 20261206L;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	CustomerImport customerImport;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketApi tickets;

	@Autowired
	TicketAdmin ticketAdmin;

	@Autowired
	InteractionApi interactions;

	@Autowired
	WrapUpCodeAdmin wrapUpCodes;

	@Autowired
	JdbcTemplate jdbc;

	FuzzCallers callers;

	BadInput badInput;

	List<Endpoint> endpoints;

	@BeforeEach
	void dataOfItsOwn() {
		InteractionTestData data = new InteractionTestData(customerImport, transactions, users);
		String customer = data.customerOf("agent");
		String category = ticketAdmin.categories().stream().filter(c -> c.active()).findFirst().orElseThrow().code();
		String ticket = tickets.create(new NewTicket(customer, null, null, category, Priority.MEDIUM, Channel.PHONE,
				"Fuzzing", "A ticket the fuzzer sends bad input about.", null), data.actor("agent")).number();
		String interaction = interactions.start(customer, io.switchboard.interaction.Channel.PHONE, Direction.IN,
				data.actor("agent")).number();
		String code = "FUZZ_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		wrapUpCodes.add(new CodedLists.Draft(code, java.util.Map.of("en", "Fuzzing", "ru", "Фаззинг"), null, true), "admin");
		String line = jdbc.queryForObject(
				"select cast(l.id as varchar) from line_service l join customer c on c.id = l.customer_id"
						+ " where c.customer_number not in ('100001', '100002', '100003') order by l.id limit 1",
				String.class);
		String document = jdbc.queryForObject("select cast(d.id as varchar) from customer_identity_document d"
				+ " order by d.id limit 1", String.class);

		callers = new FuzzCallers(port);
		TmfClient operator = TmfClient.operator(port);
		String hub = operator.post("/tmf-api/troubleTicket/v4/hub",
				"{\"callback\": \"http://127.0.0.1:9/events\", \"query\": \"eventType=TroubleTicketCreateEvent\"}")
			.json().get("id").asString();

		Map<String, List<String>> pathValues = new HashMap<>();
		pathValues.put("customers.number", List.of(customer));
		pathValues.put("tickets.number", List.of(ticket));
		pathValues.put("interactions.number", List.of(interaction));
		pathValues.put("lines.id", List.of(line));
		pathValues.put("documents.documentId", List.of(document));
		pathValues.put("moves.move", Arrays.stream(Move.values())
			.map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toList());
		pathValues.put("secrets.secret", List.of("pin1", "puk1", "pin2", "puk2", "password", "pin"));
		pathValues.put("wrap-up-codes.code", List.of(code));
		pathValues.put("v4.api", List.of("troubleTicket", "partyInteraction"));
		pathValues.put("hub.id", List.of(hub));
		pathValues.put("troubleTicket.id", List.of(ticket));
		pathValues.put("partyInteraction.id", List.of(interaction));

		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> samples = new LinkedHashMap<>();
		samples.put("/tmf-api/troubleTicket/v4/troubleTicket",
				operator.get("/tmf-api/troubleTicket/v4/troubleTicket/" + ticket).json());
		samples.put("/tmf-api/partyInteraction/v4/partyInteraction",
				operator.get("/tmf-api/partyInteraction/v4/partyInteraction/" + interaction).json());
		samples.put("/tmf-api/{api}/v4/hub", json.readTree(
				"{\"callback\": \"http://127.0.0.1:9/events\", \"query\": \"eventType=TroubleTicketCreateEvent\"}"));
		badInput = new BadInput(pathValues, samples);
		endpoints = Endpoints.discover(mappings);
	}

	@Test
	void noEndpointAnswersBadInputWithAServerError(CapturedOutput log) {
		long seed = seed();
		Duration budget = Duration.ofSeconds(Long.getLong("switchboard.fuzz.seconds", DEFAULT_SECONDS));
		Long replay = Long.getLong("switchboard.fuzz.replay");
		List<Kind> kinds = List.of(Kind.values());
		int sweep = endpoints.size() * kinds.size();
		long deadline = System.nanoTime() + budget.toNanos();
		List<String> findings = new ArrayList<>();
		long sent = 0;
		for (long i = replay == null ? 0 : replay; replay == null ? i < sweep || System.nanoTime() < deadline
				: i == replay; i++) {
			Dice dice = dice(seed, i);
			Endpoint endpoint = i < sweep ? endpoints.get((int) (i / kinds.size())) : dice.pick(endpoints);
			Kind kind = i < sweep ? kinds.get((int) (i % kinds.size())) : dice.pick(kinds);
			RawHttp.Request request = callers.withCredentials(endpoint, badInput.request(endpoint, kind, dice));
			RawHttp.Response response = callers.http().send(request);
			sent++;
			if (response.status() >= 500 || response.status() == 0) {
				String finding = String.format("#%d %s %s -> %d%n%s%s%n  replay: -Dswitchboard.fuzz.seed=%d -Dswitchboard.fuzz.replay=%d",
						i, kind, endpoint.describe(), response.status(), request.describe(),
						response.body().lines().limit(3).reduce("", (a, b) -> a + "  | " + b + "\n"), seed, i);
				findings.add(finding);
			}
		}
		System.out.printf("Bad input: %d requests to %d endpoints (seed %d, budget %s)%n", sent, endpoints.size(), seed,
				budget);
		assertThat(findings).as("requests answered with a server error (seed %d, %d sent)", seed, sent).isEmpty();
		// bad input is the client's mistake: WARN at most, never an ERROR with a stack trace
		assertThat(log.getOut().lines()
			.filter(line -> line.contains(" ERROR "))
			.distinct()
			.limit(10)
			.toList()).as("ERROR lines logged while the fuzzer ran (seed %d)", seed).isEmpty();
	}

	/**
	 * The same requests, chosen by Jazzer's coverage-guided fuzzer instead of the seed: on demand only
	 * ({@code JAZZER_FUZZ=1}, see the README), since attaching its agent to the suite's shared JVM costs
	 * time every test would pay. Its findings are saved under
	 * {@code src/test/resources/io/switchboard/fuzz/BadInputFuzzTestsInputs/} and replayed from there.
	 */
	@FuzzTest(maxDuration = "10m")
	@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = "1")
	void jazzerFindsNoBadInputThatFailsTheServer(FuzzedDataProvider data) {
		// the fuzzer logs in and calls the application on this machine, and so do the hub's events: no SSRF
		BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.equals("127.0.0.1"));
		Dice dice = bound -> data.consumeInt(0, bound - 1);
		Endpoint endpoint = dice.pick(endpoints);
		Kind kind = dice.pick(List.of(Kind.values()));
		RawHttp.Request request = callers.withCredentials(endpoint, badInput.request(endpoint, kind, dice));
		RawHttp.Response response = callers.http().send(request);
		if (response.status() >= 500 || response.status() == 0) {
			throw new AssertionError(kind + " " + endpoint.describe() + " -> " + response.status() + "\n"
					+ request.describe());
		}
	}

	static Dice dice(long seed, long request) {
		Random random = new Random(seed * 1_000_003L + request);
		return random::nextInt;
	}

	static long seed() {
		String seed = System.getProperty("switchboard.fuzz.seed");
		if (seed == null) {
			return DEFAULT_SEED;
		}
		return "random".equals(seed) ? ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE) : Long.parseLong(seed);
	}
}
