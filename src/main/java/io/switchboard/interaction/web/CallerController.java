package io.switchboard.interaction.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.interaction.CallerCheck;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionApi.CallerOptions;
import io.switchboard.interaction.InteractionView;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who is calling, and how they proved it: the verify panel under the interaction bar ({@code GET
 * /interactions/{n}/verify}; a page of its own without JavaScript), where the agent types the care PIN the
 * caller says ({@code POST .../verify/pin}) or their date of birth and the last 4 digits of an identity
 * document ({@code POST .../verify/details}), and corrects who is calling ({@code POST .../caller}). A wrong
 * try comes back next to its field with the tries left on the call; a verified caller brings the bar back
 * saying so. Without JavaScript, success goes back where the agent came from ({@code back}, a path of
 * this application).
 */
@Controller
class CallerController {

	/** The fields an answer is shown next to: the PIN, or the date of birth (first of the two details). */
	static final String PIN = "pin";
	static final String DATE_OF_BIRTH = "dateOfBirth";

	private final InteractionApi interactions;
	private final CustomerApi customers;
	private final InteractionBar bar;
	private final MessageSource messages;
	private final Formats formats;

	CallerController(InteractionApi interactions, CustomerApi customers, InteractionBar bar, MessageSource messages,
			Formats formats) {
		this.interactions = interactions;
		this.customers = customers;
		this.bar = bar;
		this.messages = messages;
		this.formats = formats;
	}

	@InitBinder({ "pinForm", "detailsForm" })
	void trimmed(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/interactions/{number}/verify")
	String form(@PathVariable String number, @RequestParam(required = false) String back, Actor actor, Model model,
			HttpServletRequest request) {
		InteractionView interaction = interactions.get(number, actor.scope());
		if (!interaction.open() && !htmx(request)) {
			return "redirect:/interactions/" + interaction.number();
		}
		model.addAttribute("pinForm", PinForm.empty());
		model.addAttribute("detailsForm", DetailsForm.empty());
		return panel(interaction, back, actor, model, request);
	}

	@PostMapping("/interactions/{number}/verify/pin")
	String pin(@PathVariable String number, @Valid @ModelAttribute("pinForm") PinForm form, BindingResult errors,
			@RequestParam(required = false) String back, Actor actor, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		InteractionView interaction = interactions.get(number, actor.scope());
		model.addAttribute("detailsForm", DetailsForm.empty());
		if (errors.hasErrors()) {
			return refused(interaction, back, actor, model, request, response);
		}
		CallerCheck check = interactions.verifyByPin(interaction.number(), form.pin(), actor);
		if (check.verified()) {
			return verified(check, back, actor, model, request, response, redirect, locale);
		}
		errors.rejectValue(PIN, message(PIN, check.outcome()), arguments(check), null);
		return refused(check.interaction(), back, actor, model, request, response);
	}

	@PostMapping("/interactions/{number}/verify/details")
	String details(@PathVariable String number, @Valid @ModelAttribute("detailsForm") DetailsForm form,
			BindingResult errors, @RequestParam(required = false) String back, Actor actor, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		InteractionView interaction = interactions.get(number, actor.scope());
		model.addAttribute("pinForm", PinForm.empty());
		LocalDate date = form.date();
		if (!errors.hasFieldErrors("dateOfBirth") && (date == null || date.isAfter(LocalDate.now(formats.zone())))) {
			errors.rejectValue("dateOfBirth", "interaction.verify.error.dateOfBirthFormat");
		}
		if (errors.hasErrors()) {
			return refused(interaction, back, actor, model, request, response);
		}
		CallerCheck check = interactions.verifyByDetails(interaction.number(), date, form.last4(), actor);
		if (check.verified()) {
			return verified(check, back, actor, model, request, response, redirect, locale);
		}
		errors.rejectValue(DATE_OF_BIRTH, message(DATE_OF_BIRTH, check.outcome()), arguments(check), null);
		return refused(check.interaction(), back, actor, model, request, response);
	}

	@PostMapping("/interactions/{number}/caller")
	String caller(@PathVariable String number, @RequestParam(required = false) String caller,
			@RequestParam(required = false) String back, Actor actor, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		InteractionView changed = interactions.changeCaller(number, CallerParam.partyId(caller), actor);
		response.setHeader("HX-Trigger", InteractionBar.CHANGED);
		model.addAttribute("pinForm", PinForm.empty());
		model.addAttribute("detailsForm", DetailsForm.empty());
		if (!htmx(request)) {
			return "redirect:/interactions/" + changed.number() + "/verify"
					+ (CallerParam.back(back) == null ? "" : "?back=" + java.net.URLEncoder.encode(back,
							java.nio.charset.StandardCharsets.UTF_8));
		}
		return panel(changed, back, actor, model, request);
	}

	private String verified(CallerCheck check, String back, Actor actor, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		InteractionView interaction = check.interaction();
		CustomerHeader customer = customers.findById(interaction.customerId(), actor.scope()).orElseThrow();
		if (htmx(request)) {
			response.setHeader("HX-Trigger", InteractionBar.CHANGED);
			return bar.render(customer, actor, model);
		}
		String notice = messages.getMessage("interaction.verify.done", new Object[] { interaction.caller().name(),
				messages.getMessage("verificationMethod." + interaction.verification().method(), null, locale) },
				locale);
		redirect.addFlashAttribute("notice", notice);
		String to = CallerParam.back(back);
		return "redirect:" + (to != null ? to : "/customers/" + customer.customerNumber());
	}

	private String refused(InteractionView interaction, String back, Actor actor, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!htmx(request)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return panel(interaction, back, actor, model, request);
	}

	private String panel(InteractionView interaction, String back, Actor actor, Model model,
			HttpServletRequest request) {
		CustomerHeader customer = interaction.customerId() == null ? null
				: customers.findById(interaction.customerId(), PartnerScope.EVERYONE).orElse(null);
		model.addAttribute("interaction", interaction);
		model.addAttribute("customer", customer);
		model.addAttribute("back", CallerParam.back(back));
		if (interaction.open() && customer != null && actor.agentId() != null
				&& actor.agentId().equals(interaction.agentId())) {
			CallerOptions options = interactions.callerOptions(interaction.number(), actor);
			model.addAttribute("options", options);
			model.addAttribute("parties", customers.relatedParties(customer.id()));
		}
		model.addAttribute("inBar", htmx(request));
		return htmx(request) ? "interaction/bar :: verify" : "interaction/verify";
	}

	/** What the agent reads next to the field after a try that did not verify the caller. */
	static String message(String field, CallerCheck.Outcome outcome) {
		boolean pin = PIN.equals(field);
		return switch (outcome) {
			case WRONG -> pin ? "interaction.verify.pin.wrong" : "interaction.verify.details.wrong";
			case LOCKED_FOR_CALL -> pin ? "interaction.verify.pin.lockedForCall" : "interaction.verify.details.lockedForCall";
			case PIN_LOCKED -> "interaction.verify.pin.locked";
			case PIN_NOT_SET -> "interaction.verify.pin.notSet";
			case NO_DETAILS_ON_FILE -> "interaction.verify.details.noneOnFile";
			case VERIFIED -> throw new IllegalArgumentException("a verified caller needs no message");
		};
	}

	/** The message's arguments: the tries left, and the time the customer's PIN is locked until. */
	private Object[] arguments(CallerCheck check) {
		return new Object[] { check.triesLeft(),
				check.lockedUntil() == null ? "" : formats.dateTime(check.lockedUntil()) };
	}

	private static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
