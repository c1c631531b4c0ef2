package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.support.EventReceiver;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hub deliveries as they run in the application: queued with the change, sent right after the commit,
 * one subscriber never holding up another, no delivery taken by two nodes, a stopped node's deliveries
 * sent by another, and what keeps failing kept on the dead-letter list, where an administrator replays
 * it. The subscriptions here ask only for {@value #EVENT_TYPE}, so other tests' events never reach them.
 */
@SwitchboardApplicationTest
class HubDeliveryTests {

	static final String API = "troubleTicket";
	static final String EVENT_TYPE = "HubDeliveryCheckEvent";

	@Autowired
	TmfHubs hubs;

	@Autowired
	HubDeliveries deliveries;

	@Autowired
	HubDeliveryWorker worker;

	@Autowired
	TmfNotifier notifier;

	@Autowired
	HubSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	final List<TmfHubs.Hub> subscriptions = new ArrayList<>();
	final List<EventReceiver> receivers = new ArrayList<>();

	@AfterEach
	void unsubscribe() {
		subscriptions.forEach(hub -> hubs.remove(API, hub.id(), Actor.SYSTEM));
		receivers.forEach(EventReceiver::close);
	}

	EventReceiver aSubscriber() {
		EventReceiver receiver = new EventReceiver();
		receivers.add(receiver);
		return receiver;
	}

	TmfHubs.Hub subscribe(EventReceiver receiver) {
		TmfHubs.Hub hub = hubs.register(API, receiver.callback(), "eventType=" + EVENT_TYPE, Actor.SYSTEM);
		subscriptions.add(hub);
		return hub;
	}

	/** A ticket changed: the notifier queues the event in the change's transaction. */
	void aTicketChanged(String number) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> notifier.publish(API, EVENT_TYPE,
				"troubleTicket", JsonMapper.builder().build().createObjectNode().put("id", number), null));
	}

	/** An event queued at {@code at} for the subscriber, as if a node had queued it then. */
	UUID anEventQueuedAt(Instant at, TmfHubs.Hub hub, String number) {
		UUID eventId = Ids.next();
		String payload = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + EVENT_TYPE
				+ "\",\"event\":{\"troubleTicket\":{\"id\":\"" + number + "\"}}}";
		deliveries.enqueue(new HubDeliveries.Event(eventId, API, EVENT_TYPE, "troubleTicket", number, payload),
				List.of(hub.id()), at, settings.deadLetterAfter());
		return jdbc.sql("SELECT id FROM platform_tmf_delivery WHERE event_id = :event").param("event", eventId)
			.query(UUID.class).single();
	}

	record Row(String status, int attempts, String claimedBy, String lastError) {
	}

	Row row(UUID delivery) {
		return jdbc.sql("SELECT status, attempts, claimed_by, last_error FROM platform_tmf_delivery WHERE id = :id")
			.param("id", delivery)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.single();
	}

	@Test
	void aNewEventIsSentRightAfterItsChangeCommitsAndMarkedDelivered() {
		EventReceiver receiver = aSubscriber();
		TmfHubs.Hub hub = subscribe(receiver);
		aTicketChanged("T-HUB-1");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(receiver.about(EVENT_TYPE, "troubleTicket", "T-HUB-1")).hasSize(1));
		UUID delivery = jdbc.sql("SELECT id FROM platform_tmf_delivery WHERE hub_id = :hub").param("hub", hub.id())
			.query(UUID.class).single();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(row(delivery)).isEqualTo(new Row("DELIVERED", 1, worker.node(), null)));
	}

	@Test
	void aSubscriberThatStoppedAnsweringDoesNotHoldUpTheOthers() {
		EventReceiver stuck = aSubscriber();
		stuck.hold();
		subscribe(stuck);
		EventReceiver fine = aSubscriber();
		subscribe(fine);
		aTicketChanged("T-HUB-2");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(fine.about(EVENT_TYPE, "troubleTicket", "T-HUB-2")).hasSize(1));
		// served while the stuck subscriber had at most its first request (sent one after the other, the stuck
		// one would have been tried again and again first)
		assertThat(stuck.requests()).isLessThanOrEqualTo(1);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(stuck.requests()).isEqualTo(1));
		assertThat(stuck.answered()).isZero();
		stuck.release();
	}

	@Test
	void ofTwoNodesTakingTheSameDeliveryExactlyOneGetsIt() throws Exception {
		TmfHubs.Hub hub = subscribe(aSubscriber());
		// queued far in the future, so that this node's worker leaves them to the two "nodes" below
		Instant future = Instant.parse("2100-01-01T00:00:00Z");
		List<UUID> queued = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			queued.add(anEventQueuedAt(future, hub, "T-RACE-" + i));
		}
		Instant then = future.plusSeconds(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (UUID delivery : queued.subList(0, 10)) {
				CountDownLatch start = new CountDownLatch(1);
				Future<Boolean> a = nodes.submit(() -> {
					start.await();
					return deliveries.take(delivery, "node-a", then, Duration.ofMinutes(5));
				});
				Future<Boolean> b = nodes.submit(() -> {
					start.await();
					return deliveries.take(delivery, "node-b", then, Duration.ofMinutes(5));
				});
				start.countDown();
				assertThat(a.get() ^ b.get()).as("exactly one node took %s", delivery).isTrue();
			}
			CountDownLatch start = new CountDownLatch(1);
			Future<List<UUID>> a = nodes.submit(() -> drain(hub, "node-a", then, start));
			Future<List<UUID>> b = nodes.submit(() -> drain(hub, "node-b", then, start));
			start.countDown();
			// one node may find them all before the other starts: then the other took none
			assertThat(java.util.Collections.disjoint(a.get(), b.get())).as("no delivery taken by both nodes").isTrue();
			Set<UUID> both = new HashSet<>(a.get());
			both.addAll(b.get());
			assertThat(both).containsExactlyInAnyOrderElementsOf(queued.subList(10, 30));
			for (UUID delivery : a.get()) {
				assertThat(row(delivery).claimedBy()).isEqualTo("node-a");
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private List<UUID> drain(TmfHubs.Hub hub, String node, Instant now, CountDownLatch start) throws Exception {
		start.await();
		List<UUID> taken = new ArrayList<>();
		for (Optional<HubDeliveries.Taken> next = deliveries.takeNext(hub.id(), node, now, Duration.ofMinutes(5));
				next.isPresent(); next = deliveries.takeNext(hub.id(), node, now, Duration.ofMinutes(5))) {
			taken.add(next.get().id());
		}
		return taken;
	}

	@Test
	void aDeliveryAStoppedNodeWasSendingIsSentByAnotherOnceItsLeaseRanOut() {
		EventReceiver receiver = aSubscriber();
		TmfHubs.Hub hub = subscribe(receiver);
		Instant tenMinutesAgo = clock.instant().minus(Duration.ofMinutes(10));
		// queued and taken in one transaction, so that this node's worker never sees it free
		UUID delivery = new TransactionTemplate(transactions).execute(status -> {
			UUID queued = anEventQueuedAt(tenMinutesAgo, hub, "T-HUB-3");
			assertThat(deliveries.take(queued, "node-that-stopped", tenMinutesAgo, Duration.ofMinutes(1))).isTrue();
			return queued;
		});

		// nothing woke the worker: its poll finds the delivery in the table
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(receiver.about(EVENT_TYPE, "troubleTicket", "T-HUB-3")).hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(row(delivery)).isEqualTo(new Row("DELIVERED", 2, worker.node(), null)));
	}

	@Test
	void anEventThatKeepsFailingGoesOnTheDeadLetterListWhereAnAdministratorReplaysIt() throws Exception {
		EventReceiver broken = aSubscriber();
		broken.answer(500);
		TmfHubs.Hub hub = subscribe(broken);
		// queued longer ago than the dead-letter time: its first failure is its last
		UUID delivery = anEventQueuedAt(clock.instant().minus(settings.deadLetterAfter()).minusSeconds(60), hub,
				"T-HUB-4");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(delivery).status()).isEqualTo("DEAD"));
		assertThat(row(delivery)).isEqualTo(new Row("DEAD", 1, worker.node(), "HTTP 500"));

		MvcTestResult page = mvc.get().uri("/admin/hub-deliveries").with(agents.as("admin")).exchange();
		assertThat(page).hasStatusOk();
		Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.selectFirst("#subscriber-" + hub.id() + " h2").text()).isEqualTo(broken.callback());
		assertThat(html.selectFirst("#subscriber-" + hub.id()).text()).contains("troubleTicket events for the API client system");
		assertThat(html.select("#delivery-" + delivery + " td").eachText()).containsSubsequence(EVENT_TYPE,
				"troubleTicket T-HUB-4", "1", "HTTP 500");

		broken.answer(204);
		assertThat(mvc.post().uri("/admin/hub-deliveries/" + delivery + "/replay").with(agents.as("admin")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND).flash().containsEntry("replayed", 1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(broken.about(EVENT_TYPE, "troubleTicket", "T-HUB-4")).hasSize(1));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(row(delivery).status()).isEqualTo("DELIVERED"));

		// a second replay of the same event, from a page read before the first: refused, saying who and when
		MvcTestResult again = mvc.post().uri("/admin/hub-deliveries/" + delivery + "/replay").with(agents.as("admin"))
			.with(csrf()).exchange();
		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Jsoup.parse(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("#hub-refusal")
			.text()).startsWith("admin replayed this event at");
	}

	@Test
	void allOfASubscribersDeadLettersAreReplayedAtOnce() {
		EventReceiver broken = aSubscriber();
		broken.answer(503);
		TmfHubs.Hub hub = subscribe(broken);
		Instant longAgo = clock.instant().minus(settings.deadLetterAfter()).minusSeconds(60);
		UUID first = anEventQueuedAt(longAgo, hub, "T-HUB-5");
		UUID second = anEventQueuedAt(longAgo, hub, "T-HUB-6");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(row(first).status()).isEqualTo("DEAD");
			assertThat(row(second).status()).isEqualTo("DEAD");
		});
		broken.answer(204);
		assertThat(mvc.post().uri("/admin/hub-deliveries/subscribers/" + hub.id() + "/replay").with(agents.as("admin"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.FOUND).flash().containsEntry("replayed", 2);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(broken.events()).hasSize(2));
		assertThat(mvc.post().uri("/admin/hub-deliveries/subscribers/" + hub.id() + "/replay").with(agents.as("admin"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("Nothing of this subscriber is left on the list");
	}

	@Test
	void theDeadLetterListIsForAdministratorsInTheirLanguage() {
		assertThat(mvc.get().uri("/admin/hub-deliveries").with(agents.as("agent")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/hub-deliveries").with(agents.as("manager")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/hub-deliveries/subscribers/" + Ids.next() + "/replay").with(agents.as("agent"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/").with(agents.as("admin")).exchange()).bodyText()
			.contains("href=\"/admin/hub-deliveries\"");
		try {
			assertThat(mvc.get().uri("/admin/hub-deliveries?lang=ru").with(agents.as("admin")).exchange()).hasStatusOk()
				.bodyText().contains("<h1 class=\"h4\">Недоставленные события API</h1>");
		}
		finally {
			// choosing a language is remembered for the agent: give the admin back the demo's English
			mvc.get().uri("/admin/hub-deliveries?lang=en").with(agents.as("admin")).exchange();
		}
	}
}
