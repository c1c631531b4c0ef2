package io.switchboard.balance.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface BucketRepository extends Repository<Bucket, UUID> {

	List<Bucket> findByLineId(UUID lineId);

	List<Bucket> findByLineIdIn(Collection<UUID> lineIds);
}
