package io.switchboard.customer.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface CarePinRepository extends Repository<CarePin, UUID> {

	Optional<CarePin> findById(UUID customerId);

	CarePin saveAndFlush(CarePin pin);
}
