package io.switchboard.ticket.web;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.codes.CodedEntryForm;
import io.switchboard.platform.codes.CodedList;
import io.switchboard.platform.codes.CodedListPages;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the ticket lists, for administrators, each a table of the coded-list component
 * ({@code fragments/coded-list.html}, {@link CodedListPages}): queues (with their partner, members by
 * username, round-robin auto-assign) on {@code /admin/queues}; categories (with their SLA hours per
 * priority) and resolution codes on {@code /admin/ticket-lists}. Each row saves on its own, from the
 * version it was read at; a refused row comes back with what was typed and each reason next to its box.
 */
@Controller
class TicketAdminPages {

	private static final String LISTS = "ticket/admin-lists";
	private static final String QUEUES = "ticket/admin-queues";

	private final TicketAdmin admin;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final CodedListPages pages;

	TicketAdminPages(TicketAdmin admin, PartnerApi partners, AgentApi agents, CodedListPages pages) {
		this.admin = admin;
		this.partners = partners;
		this.agents = agents;
		this.pages = pages;
	}

	@GetMapping("/admin/ticket-lists")
	String lists(Actor actor, Model model) {
		onlyAdmins(actor);
		return listsPage(model);
	}

	@PostMapping("/admin/ticket-categories")
	String addCategory(@ModelAttribute CategoryForm form, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.addCategory(form.change(true), actor.username()), TicketAdmin.CATEGORIES,
				CodedListPages.NEW_ROW, form.entry(), form, LISTS, model, response, redirect, locale);
	}

	@PostMapping("/admin/ticket-categories/{code}")
	String changeCategory(@PathVariable String code, @ModelAttribute CategoryForm form, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.changeCategory(code, form.entry().readVersion(), form.change(false), actor.username()),
				TicketAdmin.CATEGORIES, code, form.entry(), form, LISTS, model, response, redirect, locale);
	}

	@PostMapping("/admin/ticket-resolutions")
	String addResolution(@ModelAttribute CodedEntryForm form, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.addResolution(form.draft(true), actor.username()), TicketAdmin.RESOLUTIONS,
				CodedListPages.NEW_ROW, form, form, LISTS, model, response, redirect, locale);
	}

	@PostMapping("/admin/ticket-resolutions/{code}")
	String changeResolution(@PathVariable String code, @ModelAttribute CodedEntryForm form, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.changeResolution(code, form.readVersion(), form.draft(false), actor.username()),
				TicketAdmin.RESOLUTIONS, code, form, form, LISTS, model, response, redirect, locale);
	}

	@GetMapping("/admin/queues")
	String queues(Actor actor, Model model) {
		onlyAdmins(actor);
		return queuesPage(model);
	}

	@PostMapping("/admin/queues")
	String addQueue(@ModelAttribute QueueForm form, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.addQueue(form.change(true), actor.username()), TicketAdmin.QUEUES,
				CodedListPages.NEW_ROW, form.entry(), form, QUEUES, model, response, redirect, locale);
	}

	@PostMapping("/admin/queues/{code}")
	String changeQueue(@PathVariable String code, @ModelAttribute QueueForm form, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		return save(() -> admin.changeQueue(code, form.entry().readVersion(), form.change(false), actor.username()),
				TicketAdmin.QUEUES, code, form.entry(), form, QUEUES, model, response, redirect, locale);
	}

	/**
	 * Saves and goes back to the page (post-redirect-get), or shows the page again with the row refused:
	 * what was typed, each reason next to its box.
	 */
	private String save(Supplier<?> saving, CodedList list, String row, CodedEntryForm entry, Object form,
			String page, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			saving.get();
		}
		catch (SwitchboardException e) {
			pages.refused(e, list, row, entry, form, model, response, locale);
			return page.equals(QUEUES) ? queuesPage(model) : listsPage(model);
		}
		redirect.addFlashAttribute("adminNotice", true);
		return "redirect:" + (page.equals(QUEUES) ? "/admin/queues" : "/admin/ticket-lists");
	}

	private String queuesPage(Model model) {
		List<QueueView> queues = admin.queues();
		Set<UUID> people = queues.stream().flatMap(q -> q.members().stream()).collect(Collectors.toSet());
		Map<UUID, AgentView> byId = agents.findAll(people);
		Map<UUID, String> memberNames = new LinkedHashMap<>();
		for (QueueView q : queues) {
			memberNames.put(q.id(), q.members().stream().map(byId::get).filter(Objects::nonNull)
				.map(AgentView::username).sorted().collect(Collectors.joining(", ")));
		}
		Map<UUID, String> partnerNames = new LinkedHashMap<>();
		partners.all().forEach(p -> partnerNames.put(p.id(), p.name()));
		model.addAttribute("queueList", TicketAdmin.QUEUES);
		model.addAttribute("queueRows", queues);
		model.addAttribute("memberNames", memberNames);
		model.addAttribute("partnerNames", partnerNames);
		return QUEUES;
	}

	private String listsPage(Model model) {
		model.addAttribute("categoryList", TicketAdmin.CATEGORIES);
		model.addAttribute("categoryRows", admin.categories());
		model.addAttribute("resolutionList", TicketAdmin.RESOLUTIONS);
		model.addAttribute("resolutionRows", admin.resolutions());
		return LISTS;
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}
}
