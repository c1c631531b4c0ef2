package io.switchboard.platform.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. After too many failed attempts it says how long to wait ({@code ?wait=<seconds>}) or
 * that sign-in is blocked for a while ({@code ?locked=<minutes>}); anything but a number there is ignored.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, @RequestParam(required = false) String locked,
			Model model) {
		number(wait).ifPresent(seconds -> model.addAttribute("waitSeconds", seconds));
		number(locked).ifPresent(minutes -> model.addAttribute("lockedMinutes", minutes));
		return "login";
	}

	private static Optional<Long> number(String value) {
		return value != null && value.matches("[0-9]{1,6}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
	}
}
