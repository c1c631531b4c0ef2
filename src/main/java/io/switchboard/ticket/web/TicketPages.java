package io.switchboard.ticket.web;

import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerMatch;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.line.LineApi;
import io.switchboard.platform.web.Formats;
import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ConflictException;
import io.switchboard.shared.Ids;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.Move;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketActionView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketChange;
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import io.switchboard.ticket.domain.TicketFolders;
import io.switchboard.ticket.domain.TicketFolders.Filter;
import io.switchboard.ticket.domain.TicketFolders.Folder;
import io.switchboard.ticket.domain.Tickets;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's tickets: {@code /tickets} shows the folders and queues with their counts and one of
 * them as a paged list (All with search and filters); {@code /tickets/{number}} is the ticket page
 * with the customer's contract, the content, history and comments, and a form for each move this
 * agent may make now. Moves are plain form posts answered with post-redirect-get; a refusal comes
 * back on the page in the agent's words, keeping what was typed.
 */
@Controller
class TicketPages {

	/** At most this many customers found by name widen the All folder's search. */
	private static final int NAMED_CUSTOMERS = 200;

	private final TicketApi tickets;
	private final Tickets service;
	private final TicketFolders folders;
	private final TicketAdmin admin;
	private final CustomerApi customers;
	private final LineApi lines;
	private final Lookups lookups;
	private final Refusals refusals;
	private final Formats formats;
	private final CustomerSearch customerSearch;

	TicketPages(TicketApi tickets, Tickets service, TicketFolders folders, TicketAdmin admin, CustomerApi customers,
			LineApi lines, Lookups lookups, Refusals refusals, Formats formats, CustomerSearch customerSearch) {
		this.customerSearch = customerSearch;
		this.tickets = tickets;
		this.service = service;
		this.folders = folders;
		this.admin = admin;
		this.customers = customers;
		this.lines = lines;
		this.lookups = lookups;
		this.refusals = refusals;
		this.formats = formats;
	}

	/**
	 * The customers whose name matches the search text (each word the start of a word of the name, as
	 * in the desk's search), so that All finds a customer's tickets by name as well as by subject and
	 * content; none for a ticket or customer number.
	 */
	private List<UUID> namedCustomers(String text, UUID customerId, Actor actor) {
		if (text == null || customerId != null || text.strip().matches("(?i)t-?\\d{1,9}")) {
			return List.of();
		}
		List<String> words = CustomerSearch.nameWords(text);
		if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < 2)) {
			return List.of();
		}
		return customerSearch.byName(words, actor.scope(), NAMED_CUSTOMERS)
			.stream()
			.map(CustomerMatch::customerId)
			.distinct()
			.toList();
	}

	@GetMapping("/tickets/count")
	String count(Actor actor, Model model) {
		model.addAttribute("newCount", folders.newCount(actor));
		return "ticket/panels :: navCount";
	}

	@GetMapping("/tickets")
	String list(@RequestParam(defaultValue = "open") String folder, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String inQueue,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
		List<QueueView> myQueues = admin.queuesOf(actor.agentId());
		Folder current = queue != null ? Folder.QUEUE : Folder.fromPath(folder);
		UUID queueId = Ids.parseOrNull(queue);
		if (current == Folder.QUEUE && myQueues.stream().noneMatch(mq -> mq.id().equals(queueId))
				&& !actor.hasRole("MANAGER")) {
			throw new NotFoundException("TICKET_QUEUE_UNKNOWN");
		}
		Filter filter = Filter.NONE;
		if (current == Folder.ALL) {
			String text = blankToNull(q);
			UUID customerId = null;
			if (text != null && text.matches("\\d{6,8}")) {
				try {
					customerId = customers.get(text, actor.scope()).id();
				}
				catch (NotFoundException noSuchCustomer) {
					customerId = new UUID(0, 0);
				}
			}
			filter = new Filter(text, customerId, namedCustomers(text, customerId, actor), TicketStatus.fromLabel(blankToNull(status)).orElse(null),
					priority(priority), Ids.parseOrNull(inQueue), date(from), date(to));
		}
		TicketFolders.Page rows = folders.list(current, queueId, filter, actor, page, formats.zone());
		Map<UUID, io.switchboard.customer.CustomerSummary> people = customers
			.summaries(rows.rows().stream().map(TicketView::customerId).toList(), actor.scope());
		model.addAttribute("folder", current);
		model.addAttribute("folderPath", current == Folder.QUEUE ? "queue" : current.path());
		model.addAttribute("queueId", queueId);
		model.addAttribute("counts", folders.counts(actor));
		model.addAttribute("myQueues", myQueues);
		model.addAttribute("queueCounts", folders.queueCounts(actor, myQueues.stream().map(QueueView::id).toList()));
		model.addAttribute("page", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("queueFilter", admin.queues().stream().filter(choice -> choice.visibleTo(actor.scope())).toList());
		model.addAttribute("q", blankToNull(q));
		model.addAttribute("customersById", people);
		model.addAttribute("now", folders.now());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("folderList", List.of(Folder.NEW, Folder.OPEN, Folder.WAITING, Folder.EXPIRED_1,
				Folder.EXPIRED_2, Folder.CLOSED, Folder.ALL));
		lookups.add(model, rows.rows(), List.of());
		return "ticket/list";
	}

	@GetMapping("/tickets/{number}")
	String page(@PathVariable String number, Actor actor, Model model) {
		TicketView ticket = tickets.get(number, actor.scope());
		service.openedBy(number, actor);
		return render(ticket, actor, model);
	}

	@PostMapping("/tickets/{number}/moves/{move}")
	String move(@PathVariable String number, @PathVariable String move, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String queueId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String resolutionCode, @RequestParam(required = false) String agentId,
			@RequestParam(required = false) String categoryCode, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Move which = moveOf(move);
		UUID queue = Ids.parseOrNull(queueId);
		try {
			TicketView after = switch (which) {
				case DISPATCH -> tickets.dispatch(number, version, queue, text, actor);
				case TAKE -> tickets.take(number, version, actor);
				case FORWARD -> tickets.forward(number, version, queue, text, actor);
				case RETURN -> tickets.returnToCreator(number, version, text, actor);
				case ANSWER -> tickets.answer(number, version, text, actor);
				case CUSTOMER_REPLY -> tickets.customerReplied(number, version, text, actor);
				case CLOSE -> tickets.close(number, version, resolutionCode, text, actor);
				case RECREATE -> tickets.recreate(number, version, resolutionCode, categoryCode, actor);
				case ASSIGN -> tickets.assign(number, version, Ids.parseOrNull(agentId), actor);
				case REPOST -> tickets.repost(number, version, queue, actor);
				case UPDATE, AUTO_ASSIGN, EXPIRE -> throw new NotFoundException("TICKET_NOT_FOUND", number);
			};
			redirect.addFlashAttribute("ticketNotice", which.name().toLowerCase(Locale.ROOT));
			return "redirect:/tickets/" + after.number();
		}
		catch (NotFoundException e) {
			throw e;
		}
		catch (ObjectOptimisticLockingFailureException race) {
			TicketView now = tickets.get(number, actor.scope());
			return refused(now, new ConflictException("TICKET_CHANGED_BY_SOMEONE_ELSE", now.updatedBy(), now.updatedAt()),
					which, text, actor, model, response, locale);
		}
		catch (SwitchboardException e) {
			return refused(tickets.get(number, actor.scope()), e, which, text, actor, model, response, locale);
		}
	}

	/**
	 * Edits the subject, content, priority and category (the due time follows the category's SLA for
	 * the priority), from the version the page was read at.
	 */
	@PostMapping("/tickets/{number}/details")
	String details(@PathVariable String number, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String content,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String categoryCode,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			tickets.update(number, version, new TicketChange(subject == null ? "" : subject,
					content == null ? "" : content, priority(priority), blankToNull(categoryCode)), actor);
		}
		catch (NotFoundException e) {
			throw e;
		}
		catch (ObjectOptimisticLockingFailureException race) {
			TicketView now = tickets.get(number, actor.scope());
			return refusedDetails(now, new ConflictException("TICKET_CHANGED_BY_SOMEONE_ELSE", now.updatedBy(),
					now.updatedAt()), subject, content, priority, categoryCode, actor, model, response, locale);
		}
		catch (SwitchboardException e) {
			return refusedDetails(tickets.get(number, actor.scope()), e, subject, content, priority, categoryCode,
					actor, model, response, locale);
		}
		redirect.addFlashAttribute("ticketNotice", "updated");
		return "redirect:/tickets/" + number;
	}

	private String refusedDetails(TicketView ticket, SwitchboardException e, String subject, String content,
			String priority, String categoryCode, Actor actor, Model model, HttpServletResponse response,
			Locale locale) {
		model.addAttribute("typedDetails", new TypedDetails(subject, content, priority, categoryCode));
		return refused(ticket, e, Move.UPDATE, null, actor, model, response, locale);
	}

	/** What the agent typed into the details form, shown again after a refusal. */
	record TypedDetails(String subject, String content, String priority, String categoryCode) {
	}

	@PostMapping("/tickets/{number}/comments")
	String comment(@PathVariable String number, @RequestParam(required = false) String body, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			tickets.comment(number, body, actor);
		}
		catch (NotFoundException e) {
			throw e;
		}
		catch (SwitchboardException e) {
			model.addAttribute("commentText", body);
			return refused(tickets.get(number, actor.scope()), e, null, null, actor, model, response, locale);
		}
		redirect.addFlashAttribute("ticketNotice", "commented");
		return "redirect:/tickets/" + number + "#comments";
	}

	private String refused(TicketView ticket, SwitchboardException e, Move move, String text, Actor actor, Model model,
			HttpServletResponse response, Locale locale) {
		response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", refusals.message(e, locale));
		model.addAttribute("refusedMove", move);
		model.addAttribute("typed", text);
		return render(ticket, actor, model);
	}

	private String render(TicketView ticket, Actor actor, Model model) {
		CustomerHeader customer = customers.findById(ticket.customerId(), actor.scope())
			.orElseThrow(() -> new NotFoundException("TICKET_NOT_FOUND", ticket.number()));
		List<BillingAccountView> accounts = customers.accounts(customer.id());
		Optional<BillingAccountView> account = accounts.stream()
			.filter(a -> a.id().equals(ticket.billingAccountId()))
			.findFirst()
			.or(() -> accounts.stream().findFirst());
		List<TicketActionView> history = tickets.history(ticket.number(), actor.scope());
		Set<Move> moves = tickets.allowedMoves(ticket.number(), actor);
		model.addAttribute("ticket", ticket);
		model.addAttribute("customer", customer);
		model.addAttribute("account", account.orElse(null));
		model.addAttribute("line", ticket.lineId() == null ? null : lines.find(ticket.lineId(), actor.scope()).orElse(null));
		model.addAttribute("arpu", lines.arpu(customer.id()).orElse(null));
		model.addAttribute("history", history);
		model.addAttribute("comments", tickets.comments(ticket.number(), actor.scope()));
		model.addAttribute("moves", moves);
		Instant now = folders.now();
		model.addAttribute("now", now);
		model.addAttribute("stuck", ticket.stuck(now));
		model.addAttribute("queueChoices", admin.queuesFor(ticket.partnerId(), actor.scope()));
		model.addAttribute("categoryList", admin.categories().stream().filter(c -> c.active()).toList());
		// the edit form keeps the ticket's own category even when it is no longer in use
		model.addAttribute("editCategories", admin.categories()
			.stream()
			.filter(c -> c.active() || c.code().equals(ticket.categoryCode()))
			.toList());
		model.addAttribute("resolutionList", admin.resolutions().stream().filter(r -> r.active()).toList());
		model.addAttribute("previous", ticket.previousId() == null ? null : previous(ticket));
		if (moves.contains(Move.ASSIGN)) {
			Map<UUID, String> assignable = new LinkedHashMap<>();
			service.assignable(ticket, actor).forEach(a -> assignable.put(a.id(), a.displayName()));
			model.addAttribute("assignable", assignable);
		}
		List<TicketView> shown = new ArrayList<>();
		shown.add(ticket);
		lookups.add(model, shown, history);
		return "ticket/page";
	}

	private String previous(TicketView ticket) {
		return tickets.previousNumbers(List.of(ticket)).get(ticket.previousId());
	}

	private static Move moveOf(String path) {
		try {
			return Move.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("TICKET_NOT_FOUND", path);
		}
	}

	private static Priority priority(String value) {
		try {
			return value == null || value.isBlank() ? null : Priority.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
