package io.switchboard.customer.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.domain.FlashNotes;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Adding a FLASH note from the 360's Important information panel. The form opens in place; a saved
 * note closes it and tells the panel to reload ({@code flash-changed}).
 */
@Controller
class FlashNoteController {

	private final CustomerApi customers;
	private final FlashNotes notes;
	private final Formats formats;
	private final Clock clock;

	FlashNoteController(CustomerApi customers, FlashNotes notes, Formats formats, Clock clock) {
		this.customers = customers;
		this.notes = notes;
		this.formats = formats;
		this.clock = clock;
	}

	/** The form in place for htmx; opened by its address (or without JavaScript), a page of its own. */
	@GetMapping("/customers/{number}/flash/new")
	String form(@PathVariable String number, Actor actor, Model model, HttpServletRequest request) {
		model.addAttribute("customer", customers.get(number, actor.scope()));
		model.addAttribute("flashNoteForm", FlashNoteForm.empty());
		return view(request, model);
	}

	@GetMapping("/customers/{number}/flash/closed")
	String closed(@PathVariable String number, Actor actor) {
		customers.get(number, actor.scope());
		return "customer/flash :: closed";
	}

	@PostMapping("/customers/{number}/flash")
	String add(@PathVariable String number, @ModelAttribute FlashNoteForm flashNoteForm, BindingResult errors,
			Actor actor, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("customer", customers.get(number, actor.scope()));
		String body = flashNoteForm.body() == null ? "" : flashNoteForm.body().strip();
		if (body.isEmpty()) {
			errors.rejectValue("body", "flash.error.bodyRequired");
		}
		else if (body.length() > FlashNotes.MAX_LENGTH) {
			errors.rejectValue("body", "flash.error.bodyTooLong", new Object[] { FlashNotes.MAX_LENGTH }, null);
		}
		if (flashNoteForm.severity() == null && !errors.hasFieldErrors("severity")) {
			errors.rejectValue("severity", "flash.error.severityRequired");
		}
		if (flashNoteForm.expiresOn() != null) {
			LocalDate today = LocalDate.now(clock.withZone(formats.zone()));
			if (!flashNoteForm.expiresOn().isAfter(today)) {
				errors.rejectValue("expiresOn", "flash.error.expiryInPast");
			}
		}
		if (errors.hasErrors()) {
			return view(request, model);
		}
		// the note shows through the whole last day, in the agent's time zone
		notes.add(number, body, flashNoteForm.severity(), flashNoteForm.expiresOn(), formats.zone(), actor);
		if (!htmx(request)) {
			return "redirect:/customers/" + number;
		}
		response.setHeader("HX-Trigger", "flash-changed, audit-changed");
		return "customer/flash :: closed";
	}

	private static String view(HttpServletRequest request, Model model) {
		if (htmx(request)) {
			model.addAttribute("standalone", false);
			return "customer/flash :: form";
		}
		model.addAttribute("standalone", true);
		return "customer/flash-page";
	}

	private static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
