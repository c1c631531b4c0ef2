package io.switchboard.platform.tmf;

import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/hub-deliveries}, for administrators: the TMF events subscribers did not accept in time
 * (the hubs' dead-letter list), by subscriber, with Replay for one event or all of a subscriber's. A
 * replay someone else made first is refused on its row, naming who and when.
 */
@Controller
class HubDeliveryAdminPages {

	private static final String PAGE = "platform/admin-hub-deliveries";

	private final HubDeadLetters deadLetters;
	private final Refusals refusals;

	HubDeliveryAdminPages(HubDeadLetters deadLetters, Refusals refusals) {
		this.deadLetters = deadLetters;
		this.refusals = refusals;
	}

	@GetMapping("/admin/hub-deliveries")
	String page(Actor actor, Model model) {
		onlyAdmins(actor);
		return page(model);
	}

	@PostMapping("/admin/hub-deliveries/{id}/replay")
	String replay(@PathVariable UUID id, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		try {
			redirect.addFlashAttribute("replayed", deadLetters.replay(id, actor));
			return "redirect:/admin/hub-deliveries";
		}
		catch (SwitchboardException e) {
			return refused(e, id.toString(), model, response, locale);
		}
	}

	@PostMapping("/admin/hub-deliveries/subscribers/{hubId}/replay")
	String replayAll(@PathVariable UUID hubId, Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		onlyAdmins(actor);
		try {
			redirect.addFlashAttribute("replayed", deadLetters.replayAll(hubId, actor));
			return "redirect:/admin/hub-deliveries";
		}
		catch (SwitchboardException e) {
			return refused(e, "subscriber-" + hubId, model, response, locale);
		}
	}

	private String page(Model model) {
		model.addAttribute("subscribers", deadLetters.subscribers());
		model.addAttribute("total", deadLetters.count());
		model.addAttribute("shown", HubDeadLetters.PAGE);
		return PAGE;
	}

	private String refused(SwitchboardException e, String row, Model model, HttpServletResponse response,
			Locale locale) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", refusals.message(e, locale));
		model.addAttribute("refusedRow", row);
		return page(model);
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}
}
