package io.switchboard.audit.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface AuditEntryRepository extends Repository<AuditEntry, UUID> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByCustomerIdOrderByOccurredAtDesc(UUID customerId, Limit limit);

	List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(String subjectType, String subjectId,
			Limit limit);
}
