package io.switchboard.customer.web;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.domain.Profiles;
import io.switchboard.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The customer module's panels on the 360: profile and contact, accounts, and the activity trail.
 * Each loads itself with htmx into the frame the desk lays out; each answers 404 outside the agent's
 * partner scope.
 */
@Controller
class CustomerPanels {

	static final int ACTIVITY_SHOWN = 15;

	private final CustomerApi customers;
	private final Profiles profiles;
	private final AuditApi audit;

	CustomerPanels(CustomerApi customers, Profiles profiles, AuditApi audit) {
		this.customers = customers;
		this.profiles = profiles;
		this.audit = audit;
	}

	@GetMapping("/customers/{number}/panels/profile")
	String profile(@PathVariable String number, Actor actor, Model model) {
		model.addAttribute("profile", profiles.profile(number, actor.scope()));
		return "customer/panels :: profile";
	}

	@GetMapping("/customers/{number}/panels/accounts")
	String accounts(@PathVariable String number, Actor actor, Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		model.addAttribute("customer", customer);
		model.addAttribute("accounts", customers.accounts(customer.id()));
		return "customer/panels :: accounts";
	}

	@GetMapping("/customers/{number}/panels/activity")
	String activity(@PathVariable String number, Actor actor, Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		List<AuditEntryView> entries = audit.forCustomer(customer.id(), 100).stream()
			.filter(e -> !"CUSTOMER_OPENED".equals(e.action()))
			.limit(ACTIVITY_SHOWN)
			.toList();
		model.addAttribute("customer", customer);
		model.addAttribute("entries", entries);
		return "customer/panels :: activity";
	}

	/** Reads out an identity document after auditing the reveal; the activity panel then reloads. */
	@PostMapping("/customers/{number}/documents/{documentId}/reveal")
	String revealDocument(@PathVariable String number, @PathVariable UUID documentId, Actor actor, Model model,
			HttpServletResponse response) {
		model.addAttribute("document", profiles.revealDocument(number, documentId, actor));
		response.setHeader("HX-Trigger", "audit-changed");
		return "customer/panels :: revealedDocument";
	}
}
