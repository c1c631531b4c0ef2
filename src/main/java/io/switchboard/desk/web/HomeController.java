package io.switchboard.desk.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.line.LineApi;
import io.switchboard.partner.PartnerApi;
import io.switchboard.shared.Actor;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketFolderCount;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's home: the customers this agent opened last, and how to find a caller. Back-office agents
 * and managers work from their tickets rather than from calls, so they land on their ticket folders and
 * queues with how many tickets each holds (asked of the ticket module) instead of the search help.
 */
@Controller
class HomeController {

	static final int RECENT = 10;

	private final CustomerApi customers;
	private final LineApi lines;
	private final PartnerApi partners;
	private final TicketApi tickets;

	HomeController(CustomerApi customers, LineApi lines, PartnerApi partners, TicketApi tickets) {
		this.customers = customers;
		this.lines = lines;
		this.partners = partners;
		this.tickets = tickets;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		List<CustomerSummary> recent = customers.recentlyOpened(actor, RECENT);
		model.addAttribute("recent", recent);
		model.addAttribute("mdns", lines.mainMdns(recent.stream().map(CustomerSummary::id).toList()));
		model.addAttribute("partners", partners.findAll(recent.stream().map(CustomerSummary::partnerId)
			.collect(Collectors.toSet())));
		boolean worksTickets = worksFromTickets(actor);
		model.addAttribute("worksTickets", worksTickets);
		if (worksTickets) {
			List<TicketFolderCount> folders = tickets.folders(actor);
			model.addAttribute("folders", folders.stream().filter(f -> !f.isQueue()).toList());
			model.addAttribute("queues", folders.stream().filter(TicketFolderCount::isQueue).toList());
		}
		return "desk/home";
	}

	/** Back-office agents and managers: their day is their folders and queues, not the next call. */
	static boolean worksFromTickets(Actor actor) {
		return actor.hasRole("BACKOFFICE") || actor.hasRole("MANAGER");
	}
}
