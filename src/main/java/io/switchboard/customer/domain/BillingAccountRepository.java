package io.switchboard.customer.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BillingAccountRepository extends Repository<BillingAccount, UUID> {

	@Query("select a from BillingAccount a where a.customerId = ?1 order by a.accountNumber")
	List<BillingAccount> findByCustomerId(UUID customerId);

	Optional<BillingAccount> findById(UUID id);
}
