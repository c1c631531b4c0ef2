package io.switchboard.ticket.web;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.ResolutionView;
import io.switchboard.ticket.TicketAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the ticket lists, for administrators: queues (name, partner, members by username,
 * round-robin auto-assign, in use) on {@code /admin/queues}; categories (names in English and Russian,
 * SLA hours per priority) and resolution codes on {@code /admin/ticket-lists}. Each row saves on its
 * own, from the version it was read at.
 */
@Controller
class TicketAdminPages {

	private final TicketAdmin admin;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final Refusals refusals;

	TicketAdminPages(TicketAdmin admin, PartnerApi partners, AgentApi agents, Refusals refusals) {
		this.admin = admin;
		this.partners = partners;
		this.agents = agents;
		this.refusals = refusals;
	}

	@GetMapping("/admin/queues")
	String queues(Actor actor, Model model) {
		onlyAdmins(actor);
		return queuesPage(model);
	}

	@PostMapping("/admin/queues")
	String saveQueue(@RequestParam(required = false) String id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String partnerId,
			@RequestParam(required = false) String members, @RequestParam(defaultValue = "false") boolean autoAssign,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam Map<String, String> typed, Actor actor,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		try {
			Set<UUID> memberIds = new HashSet<>();
			for (String username : Arrays.stream(members == null ? new String[0] : members.split("[,\\s]+"))
				.filter(s -> !s.isBlank())
				.toList()) {
				memberIds.add(agents.findByUsername(username)
					.orElseThrow(() -> new SwitchboardException("TICKET_MEMBER_UNKNOWN", username))
					.id());
			}
			admin.saveQueue(new QueueView(Ids.parseOrNull(id), name, Ids.parseOrNull(partnerId), autoAssign,
					id == null || id.isBlank() || active, memberIds, version), actor.username());
		}
		catch (SwitchboardException e) {
			refused(e, row(id, "new-queue"), typed, model, response, locale);
			return queuesPage(model);
		}
		redirect.addFlashAttribute("adminNotice", true);
		return "redirect:/admin/queues";
	}

	@GetMapping("/admin/ticket-lists")
	String lists(Actor actor, Model model) {
		onlyAdmins(actor);
		return listsPage(model);
	}

	@PostMapping("/admin/ticket-categories")
	String saveCategory(@RequestParam(required = false) String id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameRu, @RequestParam(defaultValue = "0") int critical,
			@RequestParam(defaultValue = "0") int high, @RequestParam(defaultValue = "0") int medium,
			@RequestParam(defaultValue = "0") int low, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam Map<String, String> typed, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		boolean fresh = id == null || id.isBlank();
		try {
			admin.saveCategory(new CategoryView(Ids.parseOrNull(id), code, nameEn, nameRu, critical, high, medium, low,
					fresh || active, version), actor.username());
		}
		catch (SwitchboardException e) {
			refused(e, row(id, "new-category"), typed, model, response, locale);
			return listsPage(model);
		}
		redirect.addFlashAttribute("adminNotice", true);
		return "redirect:/admin/ticket-lists";
	}

	@PostMapping("/admin/ticket-resolutions")
	String saveResolution(@RequestParam(required = false) String id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameRu, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam Map<String, String> typed, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		boolean fresh = id == null || id.isBlank();
		try {
			admin.saveResolution(new ResolutionView(Ids.parseOrNull(id), code, nameEn, nameRu, fresh || active,
					version), actor.username());
		}
		catch (SwitchboardException e) {
			refused(e, row(id, "new-resolution"), typed, model, response, locale);
			return listsPage(model);
		}
		redirect.addFlashAttribute("adminNotice", true);
		return "redirect:/admin/ticket-lists";
	}

	/**
	 * A refusal is shown on the row it concerns ({@code refusedRow}: the record's id, or the form for a
	 * new one), which shows what was typed ({@code typed}: the form's fields by name) instead of what is
	 * saved.
	 */
	private void refused(SwitchboardException e, String row, Map<String, String> typed, Model model,
			HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", refusals.message(e, locale));
		model.addAttribute("refusedRow", row);
		model.addAttribute("typed", typed);
	}

	private static String row(String id, String newForm) {
		return id == null || id.isBlank() ? newForm : id;
	}

	private String queuesPage(Model model) {
		List<QueueView> queues = admin.queues();
		Set<UUID> people = queues.stream().flatMap(q -> q.members().stream()).collect(Collectors.toSet());
		Map<UUID, AgentView> byId = agents.findAll(people);
		Map<UUID, String> memberNames = new LinkedHashMap<>();
		for (QueueView q : queues) {
			List<String> usernames = new ArrayList<>();
			q.members().stream().map(byId::get).filter(a -> a != null).map(AgentView::username).sorted()
				.forEach(usernames::add);
			memberNames.put(q.id(), String.join(", ", usernames));
		}
		Map<UUID, String> partnerNames = new LinkedHashMap<>();
		partners.all().forEach(p -> partnerNames.put(p.id(), p.name()));
		model.addAttribute("queueRows", queues);
		model.addAttribute("memberNames", memberNames);
		model.addAttribute("partnerNames", partnerNames);
		return "ticket/admin-queues";
	}

	private String listsPage(Model model) {
		model.addAttribute("categoryRows", admin.categories());
		model.addAttribute("resolutionRows", admin.resolutions());
		return "ticket/admin-lists";
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}
}
