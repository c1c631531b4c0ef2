package io.switchboard.desk.web;

import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.platform.security.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page: the agent's partner under the agent's name. (Page slice tests
 * run without the partner module; the layout then shows no partner.)
 */
@ControllerAdvice
class DeskModel {

	private final ObjectProvider<PartnerApi> partners;

	DeskModel(ObjectProvider<PartnerApi> partners) {
		this.partners = partners;
	}

	@ModelAttribute("deskPartnerName")
	String partnerName() {
		PartnerApi api = partners.getIfAvailable();
		if (api == null) {
			return "";
		}
		return CurrentActor.principal()
			.flatMap(p -> api.find(p.actor().partnerId()))
			.map(PartnerView::name)
			.orElse("");
	}
}
