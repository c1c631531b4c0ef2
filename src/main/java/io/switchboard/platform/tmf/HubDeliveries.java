package io.switchboard.platform.tmf;

import io.switchboard.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persistent queue of hub deliveries ({@code platform_tmf_event}, {@code platform_tmf_delivery}):
 * one row per event per subscriber, PENDING until delivered or given up (DEAD).
 * <p>
 * Taking a delivery is a conditional UPDATE that sets the taking node's lease; it matches only while
 * nobody else holds an unexpired lease, so of two nodes taking the same row exactly one gets it. A node
 * that stops while holding a lease leaves the row to be taken again once the lease has run out.
 */
@Component
class HubDeliveries {

	static final String PENDING = "PENDING";
	static final String DELIVERED = "DELIVERED";
	static final String DEAD = "DEAD";

	private final JdbcClient jdbc;

	HubDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An event to send, as POSTed ({@code payload}), with what the dead-letter list shows of it. */
	record Event(UUID id, String api, String eventType, String resourceType, String resourceId, String payload) {
	}

	/** A delivery this node has taken: where to send what, and how long it may still be retried. */
	record Taken(UUID id, UUID hubId, String callback, String payload, int attempts, Instant giveUpAt) {
	}

	/** A delivery on the dead-letter list, as the administrator's page shows it. */
	record DeadLetter(UUID id, UUID hubId, String api, String callback, String clientId, String eventType,
			String resourceType, String resourceId, int attempts, String lastError, Instant since, Instant deadAt) {
	}

	/** The state of one delivery, for telling an administrator why a replay did nothing. */
	record State(String status, String replayedBy, Instant replayedAt) {
	}

	/** Queues the event for each subscriber; part of the caller's transaction. */
	void enqueue(Event event, List<UUID> hubIds, Instant now, Duration deadLetterAfter) {
		jdbc.sql("""
				INSERT INTO platform_tmf_event (id, api, event_type, resource_type, resource_id, payload, created_at)
				VALUES (:id, :api, :type, :resourceType, :resourceId, :payload, :now)""")
			.param("id", event.id())
			.param("api", event.api())
			.param("type", event.eventType())
			.param("resourceType", event.resourceType())
			.param("resourceId", event.resourceId())
			.param("payload", event.payload())
			.param("now", at(now))
			.update();
		for (UUID hub : hubIds) {
			jdbc.sql("""
					INSERT INTO platform_tmf_delivery (id, event_id, hub_id, status, attempts, next_attempt_at, give_up_at,
					    created_at)
					VALUES (:id, :event, :hub, 'PENDING', 0, :now, :giveUp, :now)""")
				.param("id", Ids.next())
				.param("event", event.id())
				.param("hub", hub)
				.param("now", at(now))
				.param("giveUp", at(now.plus(deadLetterAfter)))
				.update();
		}
	}

	/** The subscribers that have a delivery due now that no node holds. */
	Set<UUID> subscribersWithDueDeliveries(Instant now) {
		return new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT hub_id FROM platform_tmf_delivery
				WHERE status = 'PENDING' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)""")
			.param("now", at(now))
			.query(UUID.class)
			.list());
	}

	/**
	 * Takes the subscriber's oldest due delivery for {@code node}, until {@code now + lease}; empty when
	 * none is due or other nodes took them first.
	 */
	Optional<Taken> takeNext(UUID hubId, String node, Instant now, Duration lease) {
		// a few rounds: when another node took every candidate of a round, the next round sees the rest
		for (int round = 0; round < 5; round++) {
			List<UUID> candidates = jdbc.sql("""
					SELECT id FROM platform_tmf_delivery
					WHERE hub_id = :hub AND status = 'PENDING' AND next_attempt_at <= :now
					  AND (lease_until IS NULL OR lease_until < :now)
					ORDER BY next_attempt_at, created_at LIMIT 5""")
				.param("hub", hubId)
				.param("now", at(now))
				.query(UUID.class)
				.list();
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (UUID candidate : candidates) {
				if (take(candidate, node, now, lease)) {
					return taken(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Taken> taken(UUID id) {
		return jdbc.sql("""
				SELECT d.id, d.hub_id, h.callback, e.payload, d.attempts, d.give_up_at
				FROM platform_tmf_delivery d
				JOIN platform_tmf_event e ON e.id = d.event_id
				JOIN platform_tmf_hub h ON h.id = d.hub_id
				WHERE d.id = :id""")
			.param("id", id)
			.query((rs, row) -> new Taken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The conditional UPDATE: true when this node now holds the delivery. */
	boolean take(UUID id, String node, Instant now, Duration lease) {
		try {
			return jdbc.sql("""
					UPDATE platform_tmf_delivery
					SET lease_until = :until, claimed_by = :node, attempts = attempts + 1, last_attempt_at = :now
					WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
					  AND (lease_until IS NULL OR lease_until < :now)""")
				.param("until", at(now.plus(lease)))
				.param("node", node)
				.param("now", at(now))
				.param("id", id)
				.update() == 1;
		}
		catch (DataAccessException concurrentUpdate) {
			// another node changed the row at the same moment (H2 reports it instead of waiting): not ours
			return false;
		}
	}

	/** The subscriber answered 2xx. Only the node holding the delivery records it. */
	void delivered(UUID id, String node, Instant now) {
		jdbc.sql("""
				UPDATE platform_tmf_delivery
				SET status = 'DELIVERED', delivered_at = :now, lease_until = NULL, last_error = NULL
				WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
			.param("now", at(now))
			.param("id", id)
			.param("node", node)
			.update();
	}

	/** An attempt failed: try again at {@code next}, or give up (DEAD) when {@code next} is null. */
	void failed(UUID id, String node, String error, Instant now, Instant next) {
		if (next == null) {
			jdbc.sql("""
					UPDATE platform_tmf_delivery
					SET status = 'DEAD', dead_at = :now, lease_until = NULL, last_error = :error
					WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
				.param("now", at(now))
				.param("error", error)
				.param("id", id)
				.param("node", node)
				.update();
		}
		else {
			jdbc.sql("""
					UPDATE platform_tmf_delivery
					SET next_attempt_at = :next, lease_until = NULL, last_error = :error
					WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
				.param("next", at(next))
				.param("error", error)
				.param("id", id)
				.param("node", node)
				.update();
		}
	}

	/** The dead-letter list, most recently given up first. */
	List<DeadLetter> deadLetters(int limit) {
		return jdbc.sql("""
				SELECT d.id, d.hub_id, h.api, h.callback, h.client_id, e.event_type, e.resource_type, e.resource_id,
				       d.attempts, d.last_error, d.created_at, d.dead_at
				FROM platform_tmf_delivery d
				JOIN platform_tmf_event e ON e.id = d.event_id
				JOIN platform_tmf_hub h ON h.id = d.hub_id
				WHERE d.status = 'DEAD'
				ORDER BY d.dead_at DESC, d.id
				LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new DeadLetter(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getInt(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant(),
					rs.getObject(12, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many deliveries are on the dead-letter list in all. */
	long deadLetterCount() {
		return jdbc.sql("SELECT count(*) FROM platform_tmf_delivery WHERE status = 'DEAD'").query(Long.class).single();
	}

	/**
	 * Puts dead deliveries back in the queue, due now, with a fresh dead-letter time: one ({@code id}) or
	 * all of a subscriber's ({@code hubId}). Returns how many.
	 */
	int replay(UUID id, UUID hubId, String actor, Instant now, Duration deadLetterAfter) {
		return jdbc.sql("""
				UPDATE platform_tmf_delivery
				SET status = 'PENDING', attempts = 0, next_attempt_at = :now, give_up_at = :giveUp, lease_until = NULL,
				    claimed_by = NULL, dead_at = NULL, replayed_by = :actor, replayed_at = :now
				WHERE status = 'DEAD'""" + (id != null ? " AND id = :key" : " AND hub_id = :key"))
			.param("now", at(now))
			.param("giveUp", at(now.plus(deadLetterAfter)))
			.param("actor", actor)
			.param("key", id != null ? id : hubId)
			.update();
	}

	Optional<State> state(UUID id) {
		return jdbc.sql("SELECT status, replayed_by, replayed_at FROM platform_tmf_delivery WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new State(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class) == null ? null
							: rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Which subscriber a delivery belongs to. */
	Optional<UUID> subscriberOf(UUID id) {
		return jdbc.sql("SELECT hub_id FROM platform_tmf_delivery WHERE id = :id").param("id", id).query(UUID.class)
			.optional();
	}

	/** Deletes deliveries delivered before {@code before}, and events no delivery refers to any more. */
	int forgetDelivered(Instant before) {
		int deliveries = jdbc.sql("DELETE FROM platform_tmf_delivery WHERE status = 'DELIVERED' AND delivered_at < :before")
			.param("before", at(before))
			.update();
		jdbc.sql("""
				DELETE FROM platform_tmf_event e
				WHERE e.created_at < :before
				  AND NOT EXISTS (SELECT 1 FROM platform_tmf_delivery d WHERE d.event_id = e.id)""")
			.param("before", at(before))
			.update();
		return deliveries;
	}

	/** Cut to microseconds, as the databases keep them: rounding up could put a due time after "now". */
	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}
}
