package io.switchboard.interaction.web;

import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionApi.WrapUp;
import io.switchboard.interaction.InteractionFilter;
import io.switchboard.interaction.InteractionPage;
import io.switchboard.interaction.InteractionView;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The interaction pages and panels: the 360's interaction bar ({@code /customers/{n}/interaction}: the
 * open interaction with its Wrap up button, or the controls to start one), the wrap-up form (in the bar
 * with htmx, on a page of its own without), the Interactions tab ({@code /customers/{n}/interactions},
 * filtered and paged), an interaction's page ({@code /interactions/{number}}) and the agent's open
 * interactions on the home page ({@code /interactions/open}). Changes made with htmx answer
 * {@code HX-Trigger: interactions-changed}, so the bar and the tab reload.
 */
@Controller
class InteractionController {

	static final int PAGE_SIZE = 20;
	static final String CHANGED = InteractionBar.CHANGED;

	private final InteractionApi interactions;
	private final CustomerApi customers;
	private final Formats formats;
	private final MessageSource messages;
	private final InteractionBar bar;

	InteractionController(InteractionApi interactions, CustomerApi customers, Formats formats,
			MessageSource messages, InteractionBar bar) {
		this.bar = bar;
		this.interactions = interactions;
		this.customers = customers;
		this.formats = formats;
		this.messages = messages;
	}

	@InitBinder("wrapUpForm")
	void trimmed(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/customers/{number}/interaction")
	String bar(@PathVariable String number, Actor actor, Model model, HttpServletRequest request) {
		CustomerHeader customer = customers.get(number, actor.scope());
		if (!htmx(request)) {
			return "redirect:/customers/" + customer.customerNumber();
		}
		return bar(customer, actor, model);
	}

	private String bar(CustomerHeader customer, Actor actor, Model model) {
		return bar.render(customer, actor, model);
	}

	/**
	 * Starts the agent's interaction with the customer: {@code kind=call} is an inbound phone call (the bar's
	 * Start call button); otherwise the channel and direction given. {@code caller} names who is calling:
	 * empty for the customer itself, or the id of one of its related parties.
	 */
	@PostMapping("/customers/{number}/interactions")
	String start(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "PHONE") Channel channel, @RequestParam(defaultValue = "IN") Direction direction,
			@RequestParam(required = false) String caller, Actor actor, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CustomerHeader customer = customers.get(number, actor.scope());
		boolean call = "call".equals(kind);
		interactions.start(customer.customerNumber(), call ? Channel.PHONE : channel, call ? Direction.IN : direction,
				CallerParam.partyId(caller), actor);
		if (!htmx(request)) {
			return "redirect:/customers/" + customer.customerNumber();
		}
		response.setHeader("HX-Trigger", CHANGED);
		return bar(customer, actor, model);
	}

	@GetMapping("/interactions/{number}/wrap-up")
	String wrapUpForm(@PathVariable String number, Actor actor, Model model, HttpServletRequest request) {
		InteractionView interaction = interactions.get(number, actor.scope());
		if (!interaction.open()) {
			return "redirect:/interactions/" + interaction.number();
		}
		model.addAttribute("wrapUpForm", WrapUpForm.empty(interaction.version()));
		return form(interaction, actor, model, request);
	}

	@PostMapping("/interactions/{number}/wrap-up")
	String wrapUp(@PathVariable String number, @Valid @ModelAttribute("wrapUpForm") WrapUpForm form,
			BindingResult errors, Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		InteractionView interaction = interactions.get(number, actor.scope());
		Long version = form.versionNumber();
		if (version == null) {
			errors.reject("interaction.error.stale");
		}
		if (form.wrapUpCode() != null && !errors.hasFieldErrors("wrapUpCode") && interactions.wrapUpCodes(true)
			.stream().noneMatch(c -> c.code().equals(form.wrapUpCode()))) {
			errors.rejectValue("wrapUpCode", "interaction.error.wrapUpCodeRequired");
		}
		if (errors.hasErrors()) {
			return rejected(HttpStatus.UNPROCESSABLE_CONTENT, interaction, actor, model, request, response);
		}
		InteractionView ended;
		try {
			ended = interactions.wrapUp(interaction.number(), new WrapUp(form.reason(), form.wrapUpCode(),
					form.notes()), version, actor);
		}
		catch (ChangedBySomeoneElse conflict) {
			InteractionView current = interactions.get(number, actor.scope());
			model.addAttribute("wrapUpForm", form.withVersion(conflict.currentVersion()));
			model.addAttribute("conflict", conflict);
			if (!current.open()) {
				model.addAttribute("alreadyEnded", true);
			}
			return rejected(HttpStatus.CONFLICT, current, actor, model, request, response);
		}
		String notice = messages.getMessage("interaction.wrappedUp", new Object[] { ended.number() }, locale);
		String customerNumber = customerNumber(ended, actor);
		if (!htmx(request)) {
			redirect.addFlashAttribute("notice", notice);
			return customerNumber == null ? "redirect:/interactions/" + ended.number()
					: "redirect:/customers/" + customerNumber + "?tab=interactions";
		}
		response.setHeader("HX-Trigger", CHANGED);
		if (customerNumber == null) {
			model.addAttribute("notice", notice);
			return "interaction/bar :: wrappedUp";
		}
		return bar(customers.get(customerNumber, actor.scope()), actor, model);
	}

	private String rejected(HttpStatus status, InteractionView interaction, Actor actor, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!htmx(request)) {
			response.setStatus(status.value());
		}
		return form(interaction, actor, model, request);
	}

	private String form(InteractionView interaction, Actor actor, Model model, HttpServletRequest request) {
		model.addAttribute("interaction", interaction);
		model.addAttribute("customer", interaction.customerId() == null ? null
				: customers.findById(interaction.customerId(), actor.scope()).orElse(null));
		model.addAttribute("codes", interactions.wrapUpCodes(true));
		model.addAttribute("inBar", htmx(request));
		return htmx(request) ? "interaction/bar :: wrapUp" : "interaction/wrap-up";
	}

	@GetMapping("/customers/{number}/interactions")
	String list(@PathVariable String number, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) Direction direction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Actor actor,
			Model model, HttpServletRequest request, Locale locale) {
		CustomerHeader customer = customers.get(number, actor.scope());
		if (!htmx(request)) {
			return "redirect:/customers/" + customer.customerNumber() + "?tab=interactions";
		}
		ZoneId zone = formats.zone();
		Boolean open = "open".equals(state) ? Boolean.TRUE : "ended".equals(state) ? Boolean.FALSE : null;
		InteractionFilter filter = new InteractionFilter(channel, direction,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), open);
		InteractionPage result = interactions.list(customer.customerNumber(), filter, page, PAGE_SIZE, actor.scope());
		String base = "/customers/" + customer.customerNumber() + "/interactions";
		UriComponentsBuilder query = UriComponentsBuilder.fromPath(base);
		if (channel != null) {
			query.queryParam("channel", channel);
		}
		if (direction != null) {
			query.queryParam("direction", direction);
		}
		if (from != null) {
			query.queryParam("from", from);
		}
		if (to != null) {
			query.queryParam("to", to);
		}
		if (open != null) {
			query.queryParam("state", state);
		}
		model.addAttribute("customer", customer);
		model.addAttribute("result", result);
		model.addAttribute("filter", new FilterValues(channel, direction, from, to, open == null ? "" : state));
		model.addAttribute("filtered", channel != null || direction != null || from != null || to != null
				|| open != null);
		model.addAttribute("previous", result.hasPrevious()
				? query.cloneBuilder().queryParam("page", result.page() - 1).build().encode().toUriString() : null);
		model.addAttribute("next", result.hasNext()
				? query.cloneBuilder().queryParam("page", result.page() + 1).build().encode().toUriString() : null);
		model.addAttribute("codes", codeNames(locale));
		return "interaction/panels :: list";
	}

	/** What the filter form shows as chosen. */
	record FilterValues(Channel channel, Direction direction, LocalDate from, LocalDate to, String state) {
	}

	@GetMapping("/interactions/{number}")
	String page(@PathVariable String number, Actor actor, Model model, Locale locale) {
		InteractionView interaction = interactions.get(number, actor.scope());
		model.addAttribute("interaction", interaction);
		model.addAttribute("customer", interaction.customerId() == null ? null
				: customers.findById(interaction.customerId(), actor.scope()).orElse(null));
		model.addAttribute("codes", codeNames(locale));
		return "interaction/page";
	}

	@GetMapping("/interactions/open")
	String openOfAgent(Actor actor, Model model, HttpServletRequest request) {
		if (!htmx(request)) {
			return "redirect:/";
		}
		List<InteractionView> open = interactions.openOf(actor);
		Map<UUID, CustomerSummary> summaries = customers.summaries(open.stream().map(InteractionView::customerId)
			.filter(Objects::nonNull).collect(Collectors.toSet()), actor.scope());
		model.addAttribute("open", open);
		model.addAttribute("customers", summaries);
		return "interaction/panels :: open";
	}

	private Map<String, String> codeNames(Locale locale) {
		return interactions.wrapUpCodes(false).stream().collect(Collectors.toMap(CodedEntry::code,
				c -> c.name(locale), (a, b) -> a, LinkedHashMap::new));
	}

	private String customerNumber(InteractionView interaction, Actor actor) {
		return interaction.customerId() == null ? null
				: customers.findById(interaction.customerId(), actor.scope()).map(CustomerHeader::customerNumber)
					.orElse(null);
	}

	private static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
