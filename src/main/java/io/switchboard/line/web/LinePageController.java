package io.switchboard.line.web;

import io.switchboard.customer.RevealRefused;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.line.domain.LineSecret;
import io.switchboard.line.domain.RevealedSecret;
import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import io.switchboard.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The line page ({@code GET /lines/{id}}), linked from the customer 360: everything about one line a
 * care agent reads while the customer is talking. Its activity panel reloads itself whenever an
 * audited action happened on the page ({@code audit-changed}); PIN/PUK codes and the service password
 * are shown only on request, one at a time, each reveal audited, and only once the caller is verified as
 * the customer's partner asks: until then the page says why, next to the code, with the way to verify the
 * caller (the interaction bar in the page's header).
 */
@Controller
class LinePageController {

	private final LineDetails details;
	private final Refusals refusals;

	LinePageController(LineDetails details, Refusals refusals) {
		this.details = details;
		this.refusals = refusals;
	}

	/**
	 * Why the secret at {@code path} was not read out, in the agent's words, and where to verify the caller:
	 * the open interaction (null without a call), coming back to {@code back}.
	 */
	record Refusal(String path, String message, String interactionNumber, String back) {
	}

	@GetMapping("/lines/{id}")
	String page(@PathVariable String id, Actor actor, Model model) {
		model.addAttribute("line", details.view(LinePaths.lineId(id), actor.scope()));
		model.addAttribute("revealed", Map.of());
		return "line/page";
	}

	@GetMapping("/lines/{id}/activity")
	String activity(@PathVariable String id, Actor actor, Model model) {
		UUID lineId = LinePaths.lineId(id);
		model.addAttribute("entries", details.activity(lineId, actor.scope()));
		return "line/panels :: activity";
	}

	/**
	 * Reveals one secret. For htmx, the value replaces its mask and the activity panel is told to
	 * reload; without JavaScript, the page comes back with that one value shown.
	 */
	@PostMapping("/lines/{id}/secrets/{secret}")
	String reveal(@PathVariable String id, @PathVariable String secret, Actor actor, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		UUID lineId = LinePaths.lineId(id);
		LineSecret which = LineSecret.fromPath(secret)
			.orElseThrow(() -> new NotFoundException("LINE_SECRET_UNKNOWN", secret));
		RevealedSecret revealed;
		try {
			revealed = details.reveal(lineId, which, actor);
		}
		catch (RevealRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", new Refusal(which.path(), refusals.message(refused, locale),
					refused.interactionNumber(), "/lines/" + lineId));
			if (LinePaths.htmx(request)) {
				model.addAttribute("lineId", lineId);
				model.addAttribute("path", which.path());
				return "line/panels :: secretRefused";
			}
			model.addAttribute("line", details.view(lineId, actor.scope()));
			model.addAttribute("revealed", Map.of());
			return "line/page";
		}
		response.setHeader("HX-Trigger", "audit-changed");
		if (LinePaths.htmx(request)) {
			model.addAttribute("path", which.path());
			model.addAttribute("value", revealed.value());
			return "line/panels :: secretValue";
		}
		model.addAttribute("line", details.view(lineId, actor.scope()));
		model.addAttribute("revealed", Map.of(which.path(), revealed.value()));
		return "line/page";
	}
}
