package io.switchboard.balance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface AdditionalBalanceRepository extends Repository<AdditionalBalance, UUID> {

	List<AdditionalBalance> findByLineId(UUID lineId);
}
