package io.switchboard.customer.web;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.RevealRefused;
import io.switchboard.customer.domain.ProfileView;
import io.switchboard.customer.domain.Profiles;
import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
	private final CarePinApi carePins;
	private final Refusals refusals;

	CustomerPanels(CustomerApi customers, Profiles profiles, AuditApi audit, CarePinApi carePins, Refusals refusals) {
		this.customers = customers;
		this.profiles = profiles;
		this.audit = audit;
		this.carePins = carePins;
		this.refusals = refusals;
	}

	@GetMapping("/customers/{number}/panels/profile")
	String profile(@PathVariable String number, Actor actor, Model model) {
		ProfileView profile = profiles.profile(number, actor.scope());
		model.addAttribute("profile", profile);
		model.addAttribute("carePin", carePins.status(profile.header().id()));
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

	/**
	 * Reads out an identity document after auditing the reveal; the activity panel then reloads. Until the
	 * caller is verified as the customer's partner asks, says why not in place of the number, with the way
	 * to verify them (the interaction bar above).
	 */
	@PostMapping("/customers/{number}/documents/{documentId}/reveal")
	String revealDocument(@PathVariable String number, @PathVariable UUID documentId, Actor actor, Model model,
			HttpServletResponse response, Locale locale) {
		try {
			model.addAttribute("document", profiles.revealDocument(number, documentId, actor));
		}
		catch (RevealRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refusals.message(refused, locale));
			model.addAttribute("refusalInteraction", refused.interactionNumber());
			model.addAttribute("refusalBack", "/customers/" + refused.customerNumber());
			model.addAttribute("maskedNumber", profiles.profile(number, actor.scope()).documents().stream()
				.filter(d -> d.id().equals(documentId)).map(ProfileView.Document::maskedNumber).findFirst().orElse(""));
			return "customer/panels :: documentRefused";
		}
		response.setHeader("HX-Trigger", "audit-changed");
		return "customer/panels :: revealedDocument";
	}
}
