package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of sign-in locks ({@code /admin/login-locks}): which accounts, API clients
 * and addresses are locked, since when, until when and after how many failures; and a button to lift a
 * lock before it ends. Lifting is audited, as every lock is.
 */
@Controller
class LoginLockPages {

	private final LoginThrottle throttle;
	private final LoginThrottleSettings settings;

	LoginLockPages(LoginThrottle throttle, LoginThrottleSettings settings) {
		this.throttle = throttle;
		this.settings = settings;
	}

	@GetMapping("/admin/login-locks")
	String locks(Actor actor, Model model) {
		onlyAdmins(actor);
		model.addAttribute("locks", throttle.locks());
		model.addAttribute("limits", settings);
		return "platform/admin-login-locks";
	}

	@PostMapping("/admin/login-locks/lift")
	String lift(@RequestParam LoginThrottle.Kind kind, @RequestParam String subject, Actor actor,
			RedirectAttributes redirect) {
		onlyAdmins(actor);
		boolean lifted = throttle.lift(kind, subject, actor);
		redirect.addFlashAttribute(lifted ? "lifted" : "alreadyEnded", subject);
		return "redirect:/admin/login-locks";
	}

	private static void onlyAdmins(Actor actor) {
		if (!actor.hasRole("ADMIN")) {
			throw new AccessDeniedException("administrators only");
		}
	}
}
