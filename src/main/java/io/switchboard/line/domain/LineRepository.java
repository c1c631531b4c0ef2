package io.switchboard.line.domain;

import io.switchboard.line.LineSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LineRepository extends Repository<Line, UUID> {

	/** A line as lists show it, with the make and model of its active device (if any). */
	String SUMMARY = """
			select new io.switchboard.line.LineSummary(l.id, l.customerId, l.billingAccountId, l.lineType, l.mdn,
			  l.carrier, l.status, l.statusReason, l.statusChangedAt, l.planCode, l.planChangedAt, d.make, d.model)
			from Line l left join l.devices d on d.status = io.switchboard.line.EquipmentStatus.ACTIVE""";

	Optional<Line> findById(UUID id);

	List<Line> findByCustomerId(UUID customerId);

	Line saveAndFlush(Line line);

	@Query(SUMMARY + " where l.customerId = :customerId")
	List<LineSummary> summariesOf(UUID customerId);

	@Query(SUMMARY + " where l.id = :id")
	List<LineSummary> summaryOf(UUID id);

	@Query("""
			select new io.switchboard.line.domain.CustomerNumber(l.customerId, l.mdn, l.status) from Line l
			where l.customerId in :customerIds and l.mdn is not null""")
	List<CustomerNumber> numbersOf(Collection<UUID> customerIds);

	@Query("select l.customerId from Line l where l.id = :id")
	Optional<UUID> customerOf(UUID id);
}
