package io.switchboard.desk.web;

import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.platform.security.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the agent's partner under the agent's name. */
@ControllerAdvice
class DeskModel {

	private final PartnerApi partners;

	DeskModel(PartnerApi partners) {
		this.partners = partners;
	}

	@ModelAttribute("deskPartnerName")
	String partnerName() {
		return CurrentActor.principal()
			.flatMap(p -> partners.find(p.actor().partnerId()))
			.map(PartnerView::name)
			.orElse("");
	}
}
