package io.switchboard.ticket.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.line.LineApi;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket parts of the customer 360: the Service requests panel (up to five open tickets, critical
 * first, then most recently updated), the Work tab (every ticket of the customer) and the new-task
 * form behind the 360's Task button, after which the agent is back on the customer, told the new
 * ticket's number. Outside the agent's partner scope each answers 404.
 */
@Controller
class TicketDesk {

	static final int SERVICE_REQUESTS = 5;

	private final CustomerApi customers;
	private final LineApi lines;
	private final TicketApi tickets;
	private final TicketAdmin admin;
	private final Lookups lookups;
	private final TicketRefusals refusals;
	private final MessageSource messages;
	private final Clock clock;

	TicketDesk(CustomerApi customers, LineApi lines, TicketApi tickets, TicketAdmin admin, Lookups lookups,
			TicketRefusals refusals, MessageSource messages, Clock clock) {
		this.customers = customers;
		this.lines = lines;
		this.tickets = tickets;
		this.admin = admin;
		this.lookups = lookups;
		this.refusals = refusals;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("ticketForm")
	void trimmed(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/customers/{number}/panels/service-requests")
	String serviceRequests(@PathVariable String number, Actor actor, Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		List<TicketView> open = tickets.ofCustomer(customer.id(), actor.scope()).stream()
			.filter(t -> t.status() != TicketStatus.CLOSED)
			.sorted(Comparator.comparing((TicketView t) -> t.priority() != Priority.CRITICAL)
				.thenComparing(TicketView::updatedAt, Comparator.reverseOrder()))
			.toList();
		model.addAttribute("customer", customer);
		model.addAttribute("tickets", open.stream().limit(SERVICE_REQUESTS).toList());
		model.addAttribute("openCount", open.size());
		model.addAttribute("now", clock.instant());
		lookups.add(model, actor, open, List.of());
		return "ticket/panels :: serviceRequests";
	}

	@GetMapping("/customers/{number}/tickets")
	String work(@PathVariable String number, Actor actor, Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		List<TicketView> all = tickets.ofCustomer(customer.id(), actor.scope());
		model.addAttribute("customer", customer);
		model.addAttribute("tickets", all);
		model.addAttribute("now", clock.instant());
		lookups.add(model, actor, all, List.of());
		return "ticket/panels :: work";
	}

	@GetMapping("/customers/{number}/tickets/new")
	String newTicket(@PathVariable String number, Actor actor, Model model) {
		model.addAttribute("ticketForm", TicketForm.blank());
		return form(customers.get(number, actor.scope()), actor, model);
	}

	@PostMapping("/customers/{number}/tickets")
	String create(@PathVariable String number, @Valid @ModelAttribute("ticketForm") TicketForm form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		CustomerHeader customer = customers.get(number, actor.scope());
		if (!errors.hasErrors()) {
			try {
				TicketView created = tickets.create(form.command(number), actor);
				// back on the customer: the layout shows the notice, the Service requests panel the ticket
				redirect.addFlashAttribute("notice", messages.getMessage(
						created.queueId() == null ? "ticket.notice.createdFor" : "ticket.notice.dispatchedFor",
						new Object[] { created.number() }, locale));
				return "redirect:/customers/" + customer.customerNumber();
			}
			catch (SwitchboardException refused) {
				String field = switch (refused.code()) {
					case "TICKET_ACCOUNT_NOT_CUSTOMERS" -> "billingAccountId";
					case "TICKET_LINE_NOT_CUSTOMERS", "TICKET_LINE_NOT_ON_ACCOUNT" -> "lineId";
					case "TICKET_CATEGORY_UNKNOWN" -> "category";
					case "TICKET_QUEUE_UNKNOWN" -> "queueId";
					default -> null;
				};
				String message = refusals.message(refused, locale);
				if (field != null) {
					errors.rejectValue(field, "ticket.form.refused", new Object[] { message }, message);
				}
				else {
					errors.reject("ticket.form.refused", new Object[] { message }, message);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(customer, actor, model);
	}

	private String form(CustomerHeader customer, Actor actor, Model model) {
		model.addAttribute("customer", customer);
		model.addAttribute("accounts", customers.accounts(customer.id()));
		model.addAttribute("lines", lines.linesOf(customer.id()));
		model.addAttribute("categoryList", admin.categories().stream().filter(c -> c.active()).toList());
		model.addAttribute("queueList", admin.queuesFor(customer.partnerId(), actor.scope()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", Channel.values());
		return "ticket/new";
	}
}
