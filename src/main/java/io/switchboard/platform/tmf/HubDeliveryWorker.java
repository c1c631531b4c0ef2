package io.switchboard.platform.tmf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the queued hub deliveries ({@link HubDeliveries}), on every node. It is part of the API, not a
 * scheduled business job: it runs whatever {@code switchboard.jobs.enabled} says (also in the tests,
 * whose subscribers expect their events), with its own threads.
 * <p>
 * A new event is sent right after the transaction that queued it commits ({@link #wake}); every
 * {@code switchboard.api.hub.poll-interval} the worker also looks for retries that have come due and
 * for deliveries whose node stopped while holding them. Each subscriber is served by one thread at a
 * time, oldest due delivery first, so a slow or dead subscriber holds up only itself: others are sent
 * on the other threads, and every attempt is cut off at the delivery timeout. After a subscriber could
 * not be reached, the worker leaves it until the next poll rather than trying its whole backlog.
 */
@Component
class HubDeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(HubDeliveryWorker.class);
	private static final long FORGET_EVERY_MILLIS = 3_600_000;

	private final HubDeliveries deliveries;
	private final HubSettings settings;
	private final Clock clock;
	private final RetrySchedule retries;
	private final String node;
	/** Per subscriber: how many times it was woken since its drain began; a drain runs while this is not 0. */
	private final Map<UUID, AtomicInteger> wakeups = new ConcurrentHashMap<>();

	private volatile boolean running;
	private ExecutorService senders;
	private ScheduledExecutorService timers;
	private HubCallbacks callbacks;
	private volatile long lastForget;

	HubDeliveryWorker(HubDeliveries deliveries, HubSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
		this.retries = new RetrySchedule(settings.firstRetry(), settings.maxRetryInterval());
		this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		AtomicInteger threadNumber = new AtomicInteger();
		senders = Executors.newFixedThreadPool(settings.threads(), task -> daemon(task,
				"tmf-hub-" + threadNumber.incrementAndGet()));
		timers = Executors.newScheduledThreadPool(2, task -> daemon(task, "tmf-hub-timer"));
		callbacks = new HubCallbacks(settings, timers);
		running = true;
		timers.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		senders.shutdown();
		try {
			// an attempt cut off here is sent again by a node once its lease runs out
			if (!senders.awaitTermination(settings.deliveryTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
				senders.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		timers.shutdownNow();
		try {
			callbacks.close();
		}
		catch (Exception e) {
			log.debug("Closing the hub client: {}", e.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Which node this is, as written into the deliveries it takes. */
	String node() {
		return node;
	}

	/** Sends what is due for these subscribers now, each on its own thread; called after new events committed. */
	void wake(Collection<UUID> subscribers) {
		if (!running) {
			return;
		}
		for (UUID hub : subscribers) {
			AtomicInteger count = wakeups.computeIfAbsent(hub, h -> new AtomicInteger());
			if (count.getAndIncrement() == 0) {
				try {
					senders.execute(() -> drain(hub, count));
				}
				catch (RuntimeException rejected) {
					// shutting down: the next node to poll sends it
					count.set(0);
				}
			}
		}
	}

	/** Looks for due deliveries (retries, and what a stopped node left); also forgets old delivered ones. */
	void poll() {
		try {
			Instant now = clock.instant();
			wake(deliveries.subscribersWithDueDeliveries(now));
			if (now.toEpochMilli() - lastForget > FORGET_EVERY_MILLIS) {
				lastForget = now.toEpochMilli();
				deliveries.forgetDelivered(now.minus(settings.keepDelivered()));
			}
		}
		catch (RuntimeException e) {
			// the database may be restarting: the next poll tries again
			log.warn("Looking for hub deliveries failed: {}", e.getMessage());
		}
	}

	/** Sends the subscriber's due deliveries one after the other, until none is left or it cannot be reached. */
	private void drain(UUID hub, AtomicInteger count) {
		try {
			do {
				int seen = count.get();
				sendDue(hub);
				if (count.compareAndSet(seen, 0)) {
					return;
				}
			}
			while (running);
		}
		catch (RuntimeException e) {
			log.warn("Sending to hub subscriber {} failed: {}", hub, e.getMessage());
		}
		count.set(0);
	}

	private void sendDue(UUID hub) {
		while (running) {
			Instant now = clock.instant();
			Optional<HubDeliveries.Taken> next = deliveries.takeNext(hub, node, now, settings.lease());
			if (next.isEmpty()) {
				return;
			}
			HubDeliveries.Taken delivery = next.get();
			HubCallbacks.Outcome outcome = callbacks.post(delivery.callback(),
					delivery.payload().getBytes(StandardCharsets.UTF_8));
			Instant after = clock.instant();
			if (outcome.delivered()) {
				deliveries.delivered(delivery.id(), node, after);
				continue;
			}
			Instant retry = retries.next(delivery.attempts(), after, delivery.giveUpAt(), ThreadLocalRandom.current());
			deliveries.failed(delivery.id(), node, outcome.error(), after, retry);
			if (retry == null) {
				log.warn("Gave up hub delivery {} to subscriber {} ({}) after {} attempts: {}", delivery.id(), hub,
						host(delivery.callback()), delivery.attempts(), outcome.error());
			}
			else {
				log.debug("Hub delivery {} to subscriber {} failed ({}), next attempt at {}", delivery.id(), hub,
						outcome.error(), retry);
			}
			if (!outcome.answered()) {
				return;
			}
		}
	}

	/** The callback's host only: its path or query may carry the subscriber's secret. */
	private static String host(String callback) {
		try {
			return URI.create(callback).getHost();
		}
		catch (IllegalArgumentException e) {
			return "?";
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	/** The machine's name as the environment gives it (no DNS lookup), to tell nodes apart in the table. */
	private static String hostName() {
		String name = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "node"));
		return name.length() > 60 ? name.substring(0, 60) : name;
	}
}
