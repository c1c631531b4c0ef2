package io.switchboard.desk.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.line.LineApi;
import io.switchboard.partner.PartnerApi;
import io.switchboard.shared.Actor;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's home: the search box and the customers this agent opened last. */
@Controller
class HomeController {

	static final int RECENT = 10;

	private final CustomerApi customers;
	private final LineApi lines;
	private final PartnerApi partners;

	HomeController(CustomerApi customers, LineApi lines, PartnerApi partners) {
		this.customers = customers;
		this.lines = lines;
		this.partners = partners;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		List<CustomerSummary> recent = customers.recentlyOpened(actor, RECENT);
		model.addAttribute("recent", recent);
		model.addAttribute("mdns", lines.mainMdns(recent.stream().map(CustomerSummary::id).toList()));
		model.addAttribute("partners", partners.findAll(recent.stream().map(CustomerSummary::partnerId)
			.collect(Collectors.toSet())));
		return "desk/home";
	}
}
