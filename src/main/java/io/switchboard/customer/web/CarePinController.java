package io.switchboard.customer.web;

import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting or changing the customer's care PIN from the profile panel ({@code /customers/{n}/care-pin}: in
 * the panel with htmx, a page of its own without): for a caller verified on the agent's call who is the
 * customer or its primary party, or by a manager. The PIN is typed twice and never shown back; a refusal
 * says why next to the field.
 */
@Controller
class CarePinController {

	static final String PIN = "pin";

	private final CustomerApi customers;
	private final CarePinApi carePins;
	private final MessageSource messages;

	CarePinController(CustomerApi customers, CarePinApi carePins, MessageSource messages) {
		this.customers = customers;
		this.carePins = carePins;
		this.messages = messages;
	}

	@GetMapping("/customers/{number}/care-pin")
	String form(@PathVariable String number, Actor actor, Model model, HttpServletRequest request) {
		model.addAttribute("carePinForm", CarePinForm.empty());
		return form(customers.get(number, actor.scope()), model, request);
	}

	@PostMapping("/customers/{number}/care-pin")
	String save(@PathVariable String number, @Valid @ModelAttribute("carePinForm") CarePinForm form,
			BindingResult errors, Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		CustomerHeader customer = customers.get(number, actor.scope());
		if (!errors.hasFieldErrors(PIN) && !Objects.equals(form.pin(), form.repeat())) {
			errors.rejectValue("repeat", "carePin.error.mismatch");
		}
		if (!errors.hasErrors()) {
			try {
				carePins.change(customer.customerNumber(), form.pin(), actor);
			}
			catch (SwitchboardException refused) {
				errors.rejectValue(PIN, messageOf(refused), refused.arguments(), null);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(customer, model, request);
		}
		String notice = messages.getMessage("carePin.saved", null, locale);
		if (!htmx(request)) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/customers/" + customer.customerNumber();
		}
		response.setHeader("HX-Trigger", "audit-changed");
		model.addAttribute("carePin", carePins.status(customer.id()));
		model.addAttribute("customer", customer);
		model.addAttribute("carePinNotice", notice);
		return "customer/panels :: carePin";
	}

	private String form(CustomerHeader customer, Model model, HttpServletRequest request) {
		model.addAttribute("customer", customer);
		model.addAttribute("inPanel", htmx(request));
		return htmx(request) ? "customer/care-pin :: pinForm" : "customer/care-pin";
	}

	/** The refusal's message in the bundles, shown next to the PIN. */
	private static String messageOf(SwitchboardException refused) {
		return "error." + refused.code();
	}

	private static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
