package io.switchboard.interaction.web;

import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.interaction.WrapUpCodeView;
import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/wrap-up-codes}, for administrators: the wrap-up codes agents choose from when they
 * end an interaction. Each row saves on its own from the version it was read at; a refusal is shown
 * on the row it concerns, with what the administrator typed kept.
 */
@Controller
class WrapUpCodeAdminPages {

	private static final String PAGE = "interaction/admin-wrap-up-codes";

	private final InteractionApi interactions;
	private final WrapUpCodeAdmin admin;
	private final Refusals refusals;

	WrapUpCodeAdminPages(InteractionApi interactions, WrapUpCodeAdmin admin, Refusals refusals) {
		this.interactions = interactions;
		this.admin = admin;
		this.refusals = refusals;
	}

	@GetMapping("/admin/wrap-up-codes")
	String page(Actor actor, Model model) {
		onlyAdmins(actor);
		model.addAttribute("codes", interactions.wrapUpCodes(false));
		return PAGE;
	}

	@PostMapping("/admin/wrap-up-codes")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String position,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		try {
			WrapUpCodeView added = admin.add(code, nameEn, nameRu, position == null || position.isBlank() ? null
					: number(position), actor.username());
			redirect.addFlashAttribute("saved", added.code());
			return "redirect:/admin/wrap-up-codes";
		}
		catch (SwitchboardException e) {
			model.addAttribute("typed", new Typed(code, nameEn, nameRu, position, true));
			return refused(e, "", model, response, locale);
		}
	}

	@PostMapping("/admin/wrap-up-codes/{code}")
	String change(@PathVariable String code,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String position,
			@RequestParam(defaultValue = "false") boolean active, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		try {
			admin.change(new WrapUpCodeView(code, nameEn, nameRu, active, number(position), version),
					actor.username());
			redirect.addFlashAttribute("saved", code);
			return "redirect:/admin/wrap-up-codes";
		}
		catch (SwitchboardException e) {
			model.addAttribute("typed", new Typed(code, nameEn, nameRu, position, active));
			return refused(e, code, model, response, locale);
		}
	}

	private String refused(SwitchboardException e, String row, Model model, HttpServletResponse response,
			Locale locale) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", refusals.message(e, locale));
		model.addAttribute("refusedRow", row);
		model.addAttribute("codes", interactions.wrapUpCodes(false));
		return PAGE;
	}

	/** A position as typed; anything but a whole number is refused like an out-of-range one. */
	private static int number(String position) {
		try {
			return Integer.parseInt(position == null ? "" : position.strip());
		}
		catch (NumberFormatException e) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_POSITION_INVALID", 9999);
		}
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}

	/** What the administrator typed into the refused row, shown again with the refusal. */
	record Typed(String code, String nameEn, String nameRu, String position, boolean active) {
	}
}
