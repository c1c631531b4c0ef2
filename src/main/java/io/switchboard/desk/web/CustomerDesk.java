package io.switchboard.desk.web;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.UsageSummary;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.AccountStatus;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineStatus;
import io.switchboard.line.LineSummary;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PaymentType;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer 360: {@code GET /customers/{number}} lays out the frame (header at once, panels that
 * load themselves), and serves the panels that combine modules: important information (FLASH notes,
 * suspended lines, notices), business information (who sold, which agent), and the lines with their
 * plans and remaining minutes, texts and data. Outside the agent's partner scope every one of them
 * answers 404.
 * <p>
 * Business information is the reseller's own: only a reseller's agents see it, for their own
 * customers; an operator's or an MVNO's agent opening a reseller's customer does not. The lines panel
 * lists the lines in service and those cancelled in the last three months; older cancelled lines are
 * one "show all" away, so a long-standing customer's history does not push the live lines down.
 */
@Controller
class CustomerDesk {

	private final CustomerApi customers;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final LineApi lines;
	private final BalanceApi balances;
	private final CatalogApi catalog;
	private final Formats formats;
	private final MessageSource messages;
	private final Clock clock;

	CustomerDesk(CustomerApi customers, PartnerApi partners, AgentApi agents, LineApi lines, BalanceApi balances,
			CatalogApi catalog, Formats formats, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.formats = formats;
		this.messages = messages;
		this.customers = customers;
		this.partners = partners;
		this.agents = agents;
		this.lines = lines;
		this.balances = balances;
		this.catalog = catalog;
	}

	private static final Set<String> TABS = Set.of("overview", "work", "interactions");

	/** Cancelled lines stay on the 360 this long after they were cancelled; older ones behind "show all". */
	static final Period CANCELLED_SHOWN = Period.ofMonths(3);

	/**
	 * Opening a customer is a read: it starts no interaction (an agent looking for the caller opens several
	 * customers). The interaction bar in the header offers to start the call and asks who is calling.
	 */
	@GetMapping("/customers/{number}")
	String customer(@PathVariable String number, @RequestParam(defaultValue = "overview") String tab, Actor actor,
			Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		customers.opened(customer.id(), actor);
		PartnerView partner = partners.get(customer.partnerId());
		model.addAttribute("customer", customer);
		model.addAttribute("partner", partner);
		model.addAttribute("businessInformation", seesBusinessInformation(actor, customer));
		model.addAttribute("tab", TABS.contains(tab) ? tab : "overview");
		return "desk/customer";
	}

	@GetMapping("/customers/{number}/panels/important")
	String important(@PathVariable String number, Actor actor, Model model, Locale locale) {
		CustomerHeader customer = customers.get(number, actor.scope());
		List<LineSummary> all = lines.linesOf(customer.id());
		List<Notice> notices = new ArrayList<>();
		if (customer.status() == CustomerStatus.SUSPENDED || customer.status() == CustomerStatus.CLOSED) {
			notices.add(notice("danger", "notice.customerStatus", locale,
					label("customerStatus." + customer.status(), locale)));
		}
		for (BillingAccountView account : customers.accounts(customer.id())) {
			if (account.status() == AccountStatus.COLLECTIONS || account.status() == AccountStatus.SUSPENDED) {
				notices.add(notice("warning", "notice.accountStatus", locale, account.accountNumber(),
						label("accountStatus." + account.status(), locale)));
			}
			if (account.paymentType() == PaymentType.POSTPAID && account.balance().isPositive()) {
				notices.add(notice("info", "notice.balanceDue", locale, account.accountNumber(),
						formats.money(account.balance())));
			}
		}
		all.stream().filter(l -> l.status() == LineStatus.PENDING).forEach(l -> notices.add(notice("info",
				"notice.linePending", locale, l.mdn() == null ? "" : formats.msisdn(l.mdn()))));
		model.addAttribute("customer", customer);
		model.addAttribute("notes", customers.flashNotes(customer.id()));
		model.addAttribute("suspended", all.stream().filter(l -> l.status() == LineStatus.SUSPENDED).toList());
		model.addAttribute("notices", notices);
		return "desk/panels :: important";
	}

	@GetMapping("/customers/{number}/panels/business")
	String business(@PathVariable String number, Actor actor, Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		if (!seesBusinessInformation(actor, customer)) {
			throw new NotFoundException("BUSINESS_INFORMATION_NOT_SHOWN");
		}
		PartnerView partner = partners.get(customer.partnerId());
		AgentView signedBy = customer.signingAgentId() == null ? null
				: agents.find(customer.signingAgentId()).orElse(null);
		model.addAttribute("customer", customer);
		model.addAttribute("partner", partner);
		model.addAttribute("parent", partner.parentId() == null ? null : partners.find(partner.parentId()).orElse(null));
		model.addAttribute("signedBy", signedBy);
		return "desk/panels :: business";
	}

	/**
	 * The lines in service, and those cancelled within {@link #CANCELLED_SHOWN} (in the agent's time
	 * zone); with {@code all}, every line. {@code hidden} says how many older cancelled lines are left
	 * out, for the "show all" link.
	 */
	@GetMapping("/customers/{number}/panels/lines")
	String lines(@PathVariable String number, @RequestParam(defaultValue = "false") boolean all, Actor actor,
			Model model) {
		CustomerHeader customer = customers.get(number, actor.scope());
		List<LineSummary> every = lines.linesOf(customer.id());
		Instant cancelledSince = ZonedDateTime.now(clock.withZone(formats.zone())).minus(CANCELLED_SHOWN).toInstant();
		// a cancelled line without a date cannot be said to be old: it stays
		Predicate<LineSummary> current = l -> l.status() != LineStatus.CANCELLED || l.statusChangedAt() == null
				|| !l.statusChangedAt().isBefore(cancelledSince);
		List<LineSummary> shown = every.stream()
			.filter(all ? l -> true : current)
			.sorted(Comparator.comparing(l -> l.status() == LineStatus.CANCELLED))
			.toList();
		Map<UUID, UsageSummary> usage = balances.usage(shown.stream().map(LineSummary::id).toList());
		Map<String, PlanView> plans = catalog.plans(shown.stream().map(LineSummary::planCode)
			.collect(Collectors.toSet()));
		model.addAttribute("customer", customer);
		model.addAttribute("lines", shown);
		model.addAttribute("all", all);
		model.addAttribute("olderCancelled", every.stream().filter(current.negate()).count());
		model.addAttribute("usage", usage);
		model.addAttribute("plans", plans);
		return "desk/panels :: lines";
	}

	/**
	 * Business information (who sold, which agent signed) is the reseller's own: shown only to a
	 * reseller's agents, for their own customers (those of the reseller and the partners beneath it).
	 */
	private boolean seesBusinessInformation(Actor actor, CustomerHeader customer) {
		if (actor.partnerId() == null || actor.scope().everyone() || !actor.scope().allows(customer.partnerId())) {
			return false;
		}
		return partners.find(actor.partnerId()).map(PartnerView::isReseller).orElse(false);
	}

	private Notice notice(String level, String key, Locale locale, Object... arguments) {
		return new Notice(level, messages.getMessage(key, arguments, locale));
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** Something the agent should know before talking, in words, and how loud (a Bootstrap colour). */
	record Notice(String level, String text) {
	}
}
