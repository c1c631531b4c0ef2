package io.switchboard.interaction.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionFilter;
import io.switchboard.interaction.InteractionView;
import io.switchboard.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The interaction bar in the header of the 360 and of the line page: the agent's open interaction with
 * the customer (its number, since when, who is calling and whether they are verified, Verify and Wrap up),
 * or the Start call form that asks who is calling. Changes made from it answer
 * {@code HX-Trigger: interactions-changed}, so the bar and the Interactions tab reload.
 */
@Component
class InteractionBar {

	static final String CHANGED = "interactions-changed";

	/** How long the bar says that the agent's last interaction with the customer was wrapped up, or its caller verified. */
	static final Duration JUST_NOW = Duration.ofMinutes(2);

	private static final InteractionFilter ENDED = new InteractionFilter(null, null, null, null, false);

	private final InteractionApi interactions;
	private final CustomerApi customers;
	private final Clock clock;

	InteractionBar(InteractionApi interactions, CustomerApi customers, Clock clock) {
		this.interactions = interactions;
		this.customers = customers;
		this.clock = clock;
	}

	String render(CustomerHeader customer, Actor actor, Model model) {
		InteractionView open = interactions.openWith(customer.customerNumber(), actor).orElse(null);
		model.addAttribute("customer", customer);
		model.addAttribute("open", open);
		model.addAttribute("canStart", actor.agentId() != null);
		// the bar reloads on interactions-changed right after a verification too: it keeps saying so a while
		model.addAttribute("verifiedJustNow", open != null && open.verification().verified()
				&& open.verification().verifiedAt().isAfter(clock.instant().minus(JUST_NOW)));
		if (open == null && actor.agentId() != null) {
			model.addAttribute("parties", customers.relatedParties(customer.id()));
			// the bar reloads on interactions-changed right after a wrap-up: it keeps saying what just happened
			interactions.list(customer.customerNumber(), ENDED, 0, 1, actor.scope()).items().stream()
				.filter(i -> actor.agentId().equals(i.agentId()) && i.endedAt() != null
						&& i.endedAt().isAfter(clock.instant().minus(JUST_NOW)))
				.findFirst()
				.ifPresent(i -> model.addAttribute("wrappedUp", i));
		}
		return "interaction/bar :: bar";
	}
}
