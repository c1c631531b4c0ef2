package io.switchboard.balance.web;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.ocs.OcsLookup;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineSummary;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The balance module's panels on the line page: the stored prepaid information and buckets
 * ({@code GET /lines/{id}/balances}, loaded with the page) and the OCS's live view
 * ({@code GET /lines/{id}/ocs}, loaded when the agent clicks "View OCS CSR"). A line the actor may not
 * see answers 404, as if it did not exist.
 */
@Controller
class BalanceController {

	private final LineApi lines;
	private final BalanceApi balances;
	private final OcsLookup ocs;
	private final Clock clock;

	BalanceController(LineApi lines, BalanceApi balances, OcsLookup ocs, Clock clock) {
		this.lines = lines;
		this.balances = balances;
		this.ocs = ocs;
		this.clock = clock;
	}

	@GetMapping("/lines/{id}/balances")
	String balances(@PathVariable String id, Actor actor, Model model) {
		LineSummary line = visible(id, actor);
		model.addAttribute("line", line);
		model.addAttribute("balances", balances.balances(line.id()));
		model.addAttribute("ocsServed", ocs.serves(line.carrier()));
		model.addAttribute("simulated", ocs.simulated());
		model.addAttribute("now", clock.instant());
		return "balance/panels :: balances";
	}

	@GetMapping("/lines/{id}/ocs")
	String ocs(@PathVariable String id, Actor actor, Model model) {
		LineSummary line = visible(id, actor);
		model.addAttribute("line", line);
		model.addAttribute("ocs", ocs.live(line));
		model.addAttribute("now", clock.instant());
		return "balance/panels :: ocs";
	}

	private LineSummary visible(String id, Actor actor) {
		UUID lineId = Ids.parseOrNull(id);
		return (lineId == null ? java.util.Optional.<LineSummary>empty() : lines.find(lineId, actor.scope()))
			.orElseThrow(() -> new NotFoundException("LINE_NOT_FOUND", String.valueOf(id)));
	}
}
