package io.switchboard.interaction.web;

import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.platform.codes.CodedListPages;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/wrap-up-codes}, for administrators: the wrap-up codes agents choose from when they end an
 * interaction, in the coded-list table ({@code fragments/coded-list.html}, {@link CodedListPages}). Each
 * row saves on its own from the version it was read at; a refusal is shown on the row it concerns, each
 * reason next to its box, with what the administrator typed kept.
 */
@Controller
class WrapUpCodeAdminPages {

	private static final String PAGE = "interaction/admin-wrap-up-codes";

	private final InteractionApi interactions;
	private final WrapUpCodeAdmin admin;
	private final CodedListPages pages;

	WrapUpCodeAdminPages(InteractionApi interactions, WrapUpCodeAdmin admin, CodedListPages pages) {
		this.interactions = interactions;
		this.admin = admin;
		this.pages = pages;
	}

	@GetMapping("/admin/wrap-up-codes")
	String page(Actor actor, Model model) {
		onlyAdmins(actor);
		return page(model);
	}

	@PostMapping("/admin/wrap-up-codes")
	String add(@ModelAttribute CodedEntryForm form, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.add(form.draft(true), actor.username()), CodedListPages.NEW_ROW, form, model,
				response, redirect, locale);
	}

	@PostMapping("/admin/wrap-up-codes/{code}")
	String change(@PathVariable String code, @ModelAttribute CodedEntryForm form, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.change(code, form.readVersion(), form.draft(false), actor.username()), code, form,
				model, response, redirect, locale);
	}

	private String save(Supplier<CodedEntry> saving, String row, CodedEntryForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			redirect.addFlashAttribute("saved", saving.get().code());
			return "redirect:/admin/wrap-up-codes";
		}
		catch (SwitchboardException e) {
			pages.refused(e, WrapUpCodeAdmin.WRAP_UP_CODES, row, form, form, model, response, locale);
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("codeList", WrapUpCodeAdmin.WRAP_UP_CODES);
		model.addAttribute("codes", interactions.wrapUpCodes(false));
		return PAGE;
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}
}
