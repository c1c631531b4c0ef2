package io.switchboard.balance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface BalanceAccountRepository extends Repository<BalanceAccount, UUID> {

	Optional<BalanceAccount> findById(UUID lineId);

	List<BalanceAccount> findByLineIdIn(Collection<UUID> lineIds);
}
