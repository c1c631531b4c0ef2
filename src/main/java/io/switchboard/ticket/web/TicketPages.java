package io.switchboard.ticket.web;

import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerMatch;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.line.LineApi;
import io.switchboard.platform.web.Formats;
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
import io.switchboard.ticket.TicketStatus;
import io.switchboard.ticket.TicketView;
import io.switchboard.ticket.domain.TicketFolders;
import io.switchboard.ticket.domain.TicketFolders.Filter;
import io.switchboard.ticket.domain.TicketFolders.Folder;
import io.switchboard.ticket.domain.Tickets;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's tickets: {@code /tickets} shows the folders and queues with their counts and one of
 * them as a paged list (All with search and filters); {@code /tickets/{number}} is the ticket page
 * with the customer's contract, the content, history and comments, and one action area: the agent
 * picks one of the moves it may make now ({@code ?move=forward}, or swapped in with htmx from
 * {@code /tickets/{number}/moves/forward}) and sees that move's fields. Each move posts its own form
 * record and is answered with post-redirect-get; a refusal comes back next to the field it is about
 * (or above the fields when it is about the ticket), in the agent's words, keeping what was typed.
 */
@Controller
class TicketPages {

	/** At most this many customers found by name widen the All folder's search. */
	private static final int NAMED_CUSTOMERS = 200;

	/** The moves the action area offers to pick (Take acts at once; edits have their own form). */
	private static final Set<Move> PICKED = EnumSet.of(Move.DISPATCH, Move.FORWARD, Move.RETURN, Move.ANSWER,
			Move.CUSTOMER_REPLY, Move.ASSIGN, Move.REPOST, Move.CLOSE, Move.RECREATE);

	private final TicketApi tickets;
	private final Tickets service;
	private final TicketFolders folders;
	private final TicketAdmin admin;
	private final CustomerApi customers;
	private final LineApi lines;
	private final Lookups lookups;
	private final TicketRefusals refusals;
	private final Formats formats;
	private final CustomerSearch customerSearch;

	TicketPages(TicketApi tickets, Tickets service, TicketFolders folders, TicketAdmin admin, CustomerApi customers,
			LineApi lines, Lookups lookups, TicketRefusals refusals, Formats formats, CustomerSearch customerSearch) {
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

	@InitBinder({ "moveForm", "detailsForm", "commentForm" })
	void trimmed(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
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
		QueueView shownQueue = null;
		if (current == Folder.QUEUE) {
			// a manager may look into any queue it may know of; anyone else into its own queues
			shownQueue = admin.queues().stream()
				.filter(choice -> choice.id().equals(queueId) && choice.visibleTo(actor.scope()))
				.filter(choice -> actor.hasRole("MANAGER") || myQueues.stream().anyMatch(mq -> mq.id().equals(queueId)))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("TICKET_QUEUE_UNKNOWN"));
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
			filter = new Filter(text, customerId, namedCustomers(text, customerId, actor),
					TicketStatus.fromLabel(blankToNull(status)).orElse(null), priority(priority),
					Ids.parseOrNull(inQueue), date(from), date(to));
		}
		TicketFolders.Page rows = folders.list(current, queueId, filter, actor, page, formats.zone());
		Map<UUID, CustomerSummary> people = customers
			.summaries(rows.rows().stream().map(TicketView::customerId).toList(), actor.scope());
		model.addAttribute("folder", current);
		model.addAttribute("folderPath", current == Folder.QUEUE ? "queue" : current.path());
		model.addAttribute("queueId", queueId);
		model.addAttribute("shownQueue", shownQueue);
		model.addAttribute("counts", folders.counts(actor));
		model.addAttribute("myQueues", myQueues);
		model.addAttribute("queueCounts", folders.queueCounts(actor, myQueues.stream().map(QueueView::id).toList()));
		model.addAttribute("page", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("queueFilter", admin.queues().stream().filter(choice -> choice.visibleTo(actor.scope()))
			.toList());
		model.addAttribute("q", blankToNull(q));
		model.addAttribute("customersById", people);
		model.addAttribute("now", folders.now());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("priorities", Priority.values());
		List<Folder> folderList = new ArrayList<>(TicketFolders.PERSONAL);
		folderList.add(Folder.ALL);
		model.addAttribute("folderList", folderList);
		lookups.add(model, actor, rows.rows(), List.of());
		return "ticket/list";
	}

	/** The ticket page; {@code ?move=forward} opens the action area on that move. */
	@GetMapping("/tickets/{number}")
	String page(@PathVariable String number, @RequestParam(required = false) String move, Actor actor, Model model) {
		TicketView ticket = tickets.get(number, actor.scope());
		service.openedBy(number, actor);
		model.addAttribute("chosenMove", picked(move).orElse(null));
		return render(ticket, actor, model);
	}

	/** The action area on the move the agent picked (htmx); without htmx, the page opened on it. */
	@GetMapping("/tickets/{number}/moves/{move}")
	String pick(@PathVariable String number, @PathVariable String move,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		Move picked = picked(move).orElseThrow(() -> new NotFoundException("TICKET_NOT_FOUND", number));
		if (htmx == null) {
			return "redirect:/tickets/" + number + "?move=" + path(picked) + "#ticket-moves";
		}
		model.addAttribute("chosenMove", picked);
		render(tickets.get(number, actor.scope()), actor, model);
		return "ticket/moves :: moveArea";
	}

	@PostMapping("/tickets/{number}/moves/take")
	String take(@PathVariable String number, @ModelAttribute("moveForm") MoveForm.Take form, BindingResult errors,
			Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.take(number, form.version(), actor));
	}

	@PostMapping("/tickets/{number}/moves/dispatch")
	String dispatch(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Dispatch form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.dispatch(number, form.version(), form.queueId(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/forward")
	String forward(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Forward form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.forward(number, form.version(), form.queueId(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/return")
	String returnToCreator(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Return form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.returnToCreator(number, form.version(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/answer")
	String answer(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Answer form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.answer(number, form.version(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/customer-reply")
	String customerReply(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.CustomerReply form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.customerReplied(number, form.version(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/close")
	String close(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Close form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.close(number, form.version(), form.resolutionCode(), form.text(), actor));
	}

	@PostMapping("/tickets/{number}/moves/recreate")
	String recreate(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Recreate form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.recreate(number, form.version(), form.resolutionCode(), form.categoryCode(), actor));
	}

	@PostMapping("/tickets/{number}/moves/assign")
	String assign(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Assign form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.assign(number, form.version(), form.agentId(), actor));
	}

	@PostMapping("/tickets/{number}/moves/repost")
	String repost(@PathVariable String number, @Valid @ModelAttribute("moveForm") MoveForm.Repost form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return attempt(number, form, errors, actor, model, response, redirect, locale,
				() -> tickets.repost(number, form.version(), form.queueId(), actor));
	}

	/**
	 * One move from its form: made and answered with a redirect to the ticket (the re-created one after
	 * a re-creation), or refused and answered with the page, the action area open on the move, the
	 * refusal next to its field and what was typed kept.
	 */
	private String attempt(String number, MoveForm form, BindingResult errors, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale, Supplier<TicketView> move) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!errors.hasErrors()) {
			try {
				TicketView after = move.get();
				redirect.addFlashAttribute("ticketNotice", form.move().name().toLowerCase(Locale.ROOT));
				return "redirect:/tickets/" + after.number();
			}
			catch (NotFoundException e) {
				throw e;
			}
			catch (ObjectOptimisticLockingFailureException race) {
				status = HttpStatus.CONFLICT;
				refuse(errors, (Record) form, changedByOther(number, actor), locale);
			}
			catch (SwitchboardException e) {
				status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
				refuse(errors, (Record) form, e, locale);
			}
		}
		response.setStatus(status.value());
		model.addAttribute("chosenMove", form.move());
		return render(tickets.get(number, actor.scope()), actor, model);
	}

	/** The refusal next to the field it is about, or about the whole form when it names none of the form's. */
	private void refuse(BindingResult errors, Record form, SwitchboardException e, Locale locale) {
		String message = refusals.message(e, locale);
		String field = fieldOf(e.code());
		boolean hasField = field != null
				&& Arrays.stream(form.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
		if (hasField) {
			errors.rejectValue(field, "ticket.form.refused", new Object[] { message }, message);
		}
		else {
			errors.reject("ticket.form.refused", new Object[] { message }, message);
		}
	}

	/** Which field of the page's forms a refusal is about. */
	private static String fieldOf(String code) {
		return switch (code) {
			case "TICKET_QUEUE_REQUIRED", "TICKET_QUEUE_UNKNOWN", "TICKET_FORWARD_SAME_QUEUE" -> "queueId";
			case "TICKET_COMMENT_REQUIRED", "TICKET_REASON_REQUIRED", "TICKET_ANSWER_REQUIRED", "TICKET_REPLY_REQUIRED",
					"TICKET_TEXT_TOO_LONG" -> "text";
			case "TICKET_RESOLUTION_REQUIRED", "TICKET_RESOLUTION_UNKNOWN" -> "resolutionCode";
			case "TICKET_CATEGORY_REQUIRED", "TICKET_CATEGORY_UNKNOWN" -> "categoryCode";
			case "TICKET_AGENT_REQUIRED", "TICKET_AGENT_UNKNOWN", "TICKET_AGENT_CANNOT_SEE" -> "agentId";
			case "TICKET_SUBJECT_REQUIRED" -> "subject";
			case "TICKET_CONTENT_REQUIRED" -> "content";
			default -> null;
		};
	}

	/** Someone saved the ticket at the same moment: say who, and when. */
	private ConflictException changedByOther(String number, Actor actor) {
		TicketView now = tickets.get(number, actor.scope());
		return new ConflictException("TICKET_CHANGED_BY_SOMEONE_ELSE", now.updatedBy(), now.updatedAt());
	}

	/**
	 * Edits the subject, content, priority and category (the due time follows the category's SLA for
	 * the priority), from the version the page was read at.
	 */
	@PostMapping("/tickets/{number}/details")
	String details(@PathVariable String number, @Valid @ModelAttribute("detailsForm") DetailsForm form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!errors.hasErrors()) {
			try {
				tickets.update(number, form.version(), form.change(), actor);
				redirect.addFlashAttribute("ticketNotice", "updated");
				return "redirect:/tickets/" + number;
			}
			catch (NotFoundException e) {
				throw e;
			}
			catch (ObjectOptimisticLockingFailureException race) {
				status = HttpStatus.CONFLICT;
				refuse(errors, form, changedByOther(number, actor), locale);
			}
			catch (SwitchboardException e) {
				status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
				refuse(errors, form, e, locale);
			}
		}
		response.setStatus(status.value());
		model.addAttribute("editing", true);
		return render(tickets.get(number, actor.scope()), actor, model);
	}

	@PostMapping("/tickets/{number}/comments")
	String comment(@PathVariable String number, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		if (!errors.hasErrors()) {
			try {
				tickets.comment(number, form.body(), actor);
				redirect.addFlashAttribute("ticketNotice", "commented");
				return "redirect:/tickets/" + number + "#comments";
			}
			catch (NotFoundException e) {
				throw e;
			}
			catch (SwitchboardException e) {
				refuse(errors, form, e, locale);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(tickets.get(number, actor.scope()), actor, model);
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
		List<QueueView> queueChoices = admin.queuesFor(ticket.partnerId(), actor.scope());
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
		model.addAttribute("queueChoices", queueChoices);
		model.addAttribute("forwardChoices", queueChoices.stream().filter(q -> !q.id().equals(ticket.queueId())).toList());
		model.addAttribute("categoryList", admin.categories().stream().filter(c -> c.active()).toList());
		// the edit form keeps the ticket's own category even when it is no longer in use
		model.addAttribute("editCategories", admin.categories()
			.stream()
			.filter(c -> c.active() || c.code().equals(ticket.categoryCode()))
			.toList());
		model.addAttribute("resolutionList", admin.resolutions().stream().filter(r -> r.active()).toList());
		model.addAttribute("previous", ticket.previousId() == null ? null : previous(ticket));
		Map<UUID, String> assignable = new LinkedHashMap<>();
		if (moves.contains(Move.ASSIGN)) {
			service.assignable(ticket, actor).forEach(a -> assignable.put(a.id(), a.displayName()));
		}
		model.addAttribute("assignable", assignable);
		List<MoveChoice> choices = moves.stream()
			.filter(PICKED::contains)
			// a move to a queue is offered only when there is a queue this agent may send the ticket to
			.filter(m -> m != Move.DISPATCH && m != Move.REPOST || !queueChoices.isEmpty())
			.filter(m -> m != Move.FORWARD || queueChoices.stream().anyMatch(q -> !q.id().equals(ticket.queueId())))
			.sorted()
			.map(m -> new MoveChoice(m, path(m)))
			.toList();
		model.addAttribute("moveChoices", choices);
		Move asked = (Move) model.getAttribute("chosenMove");
		Move chosen = choices.stream().anyMatch(c -> c.move() == asked) ? asked : null;
		model.addAttribute("chosenMove", chosen);
		if (chosen == null && model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "moveForm") instanceof BindingResult refused
				&& refused.hasErrors()) {
			// the move is no longer offered (the ticket moved on): say why above the page instead
			model.addAttribute("refusal", String.join(" ",
					refused.getAllErrors().stream().map(e -> e.getDefaultMessage()).toList()));
		}
		if (chosen != null && !model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", MoveForm.blank(chosen));
		}
		if (!model.containsAttribute("detailsForm")) {
			model.addAttribute("detailsForm", DetailsForm.of(ticket));
		}
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.blank());
		}
		List<TicketView> shown = new ArrayList<>();
		shown.add(ticket);
		lookups.add(model, actor, shown, history);
		return "ticket/page";
	}

	/** A move the action area offers, with the path its form posts to ({@code customer-reply}). */
	record MoveChoice(Move move, String path) {
	}

	private String previous(TicketView ticket) {
		return tickets.previousNumbers(List.of(ticket)).get(ticket.previousId());
	}

	private static String path(Move move) {
		return move.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The move the action area may open on, from its path ({@code customer-reply}); none for anything else. */
	private static Optional<Move> picked(String path) {
		return path == null ? Optional.empty()
				: Arrays.stream(Move.values()).filter(PICKED::contains).filter(m -> path(m).equals(path)).findFirst();
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
