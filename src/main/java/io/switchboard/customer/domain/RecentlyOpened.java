package io.switchboard.customer.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each agent's last {@value #KEPT} opened customers. */
@Component
class RecentlyOpened {

	static final int KEPT = 20;

	private final JdbcClient jdbc;

	RecentlyOpened(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void touch(UUID agentId, UUID customerId, Instant instant) {
		// PostgreSQL's driver binds OffsetDateTime, not Instant
		OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("update customer_recent set opened_at = ? where agent_id = ? and customer_id = ?")
			.params(at, agentId, customerId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into customer_recent (agent_id, customer_id, opened_at) values (?, ?, ?)")
				.params(agentId, customerId, at)
				.update();
		}
		jdbc.sql("""
				delete from customer_recent where agent_id = :agent and customer_id not in (
				  select customer_id from customer_recent where agent_id = :agent order by opened_at desc limit :kept)""")
			.param("agent", agentId)
			.param("kept", KEPT)
			.update();
	}

	List<UUID> of(UUID agentId, int limit) {
		return jdbc.sql("select customer_id from customer_recent where agent_id = ? order by opened_at desc limit ?")
			.params(agentId, limit)
			.query(UUID.class)
			.list();
	}
}
