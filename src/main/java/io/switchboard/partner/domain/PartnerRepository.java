package io.switchboard.partner.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface PartnerRepository extends Repository<Partner, UUID> {

	List<Partner> findAll();

	Partner save(Partner partner);
}
