package io.switchboard.customer.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FlashNoteRepository extends Repository<FlashNote, UUID> {

	@Query("""
			select n from FlashNote n where n.customerId = ?1 and (n.expiresAt is null or n.expiresAt > ?2)
			order by case n.severity when io.switchboard.customer.Severity.CRITICAL then 0
			when io.switchboard.customer.Severity.WARNING then 1 else 2 end, n.createdAt desc""")
	List<FlashNote> findActive(UUID customerId, Instant now);

	FlashNote save(FlashNote note);
}
