package io.switchboard.partner.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PartnerRuleRepository extends Repository<PartnerRuleSetting, PartnerRuleSetting.Key> {

	List<PartnerRuleSetting> findAll();

	Optional<PartnerRuleSetting> findById(PartnerRuleSetting.Key key);

	PartnerRuleSetting save(PartnerRuleSetting setting);
}
