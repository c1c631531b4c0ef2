package io.switchboard.balance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface AccumulatorRepository extends Repository<Accumulator, UUID> {

	List<Accumulator> findByLineIdOrderByNameAsc(UUID lineId);
}
