package io.switchboard.platform.tmf;

import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dead-letter list of the hubs, for administrators: the deliveries a subscriber did not accept
 * before {@code switchboard.api.hub.dead-letter-after} ran out, and replaying them. A replayed delivery
 * is queued again as if new (due now, with a fresh dead-letter time); it keeps its event id, so a
 * subscriber that did receive it after all can tell the copy.
 */
@Service
class HubDeadLetters {

	/** The most rows the page lists; the counts cover them all. */
	static final int PAGE = 500;

	private final HubDeliveries deliveries;
	private final HubDeliveryWorker worker;
	private final HubSettings settings;
	private final Clock clock;

	HubDeadLetters(HubDeliveries deliveries, HubDeliveryWorker worker, HubSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.worker = worker;
		this.settings = settings;
		this.clock = clock;
	}

	/** A subscriber with its dead deliveries, most recently given up first. */
	record Subscriber(UUID hubId, String api, String callback, String clientId, List<HubDeliveries.DeadLetter> letters) {
	}

	/** The listed dead deliveries, by subscriber. */
	List<Subscriber> subscribers() {
		Map<UUID, List<HubDeliveries.DeadLetter>> byHub = new LinkedHashMap<>();
		for (HubDeliveries.DeadLetter letter : deliveries.deadLetters(PAGE)) {
			byHub.computeIfAbsent(letter.hubId(), h -> new ArrayList<>()).add(letter);
		}
		return byHub.values().stream().map(letters -> {
			HubDeliveries.DeadLetter first = letters.getFirst();
			return new Subscriber(first.hubId(), first.api(), shown(first.callback()), first.clientId(), letters);
		}).toList();
	}

	long count() {
		return deliveries.deadLetterCount();
	}

	/**
	 * Queues one dead delivery again. Refused when it is no longer dead: another administrator replayed it
	 * (who and when are told), or it is gone with its subscription.
	 */
	@Transactional
	int replay(UUID deliveryId, Actor actor) {
		int replayed = deliveries.replay(deliveryId, null, actor.username(), clock.instant(), settings.deadLetterAfter());
		if (replayed == 0) {
			HubDeliveries.State state = deliveries.state(deliveryId)
				.orElseThrow(() -> new SwitchboardException("HUB_DELIVERY_UNKNOWN"));
			if (state.replayedBy() != null) {
				throw new SwitchboardException("HUB_DELIVERY_ALREADY_REPLAYED", state.replayedBy(), state.replayedAt());
			}
			throw new SwitchboardException("HUB_DELIVERY_UNKNOWN");
		}
		deliveries.subscriberOf(deliveryId).ifPresent(hub -> wakeAfterCommit(Set.of(hub)));
		return replayed;
	}

	/** Queues all of a subscriber's dead deliveries again; refused when none is left. */
	@Transactional
	int replayAll(UUID hubId, Actor actor) {
		int replayed = deliveries.replay(null, hubId, actor.username(), clock.instant(), settings.deadLetterAfter());
		if (replayed == 0) {
			throw new SwitchboardException("HUB_SUBSCRIBER_NOTHING_TO_REPLAY");
		}
		wakeAfterCommit(Set.of(hubId));
		return replayed;
	}

	private void wakeAfterCommit(Set<UUID> hubs) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake(hubs);
			}
		});
	}

	/** The callback as the page shows it: without user name or query, which may hold the subscriber's secret. */
	static String shown(String callback) {
		try {
			URI uri = URI.create(callback);
			return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
					+ (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?\u2026");
		}
		catch (IllegalArgumentException e) {
			return "?";
		}
	}
}
