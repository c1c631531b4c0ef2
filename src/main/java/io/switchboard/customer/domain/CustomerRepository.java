package io.switchboard.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface CustomerRepository extends Repository<Customer, UUID> {

	Optional<Customer> findByCustomerNumber(String customerNumber);

	Optional<Customer> findById(UUID id);

	List<Customer> findByIdIn(Collection<UUID> ids);

	Customer saveAndFlush(Customer customer);

	long count();
}
