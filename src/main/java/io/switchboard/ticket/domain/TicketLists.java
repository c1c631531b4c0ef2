package io.switchboard.ticket.domain;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.platform.codes.EntryRefused;
import io.switchboard.platform.codes.EntryRefused.Reason;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administered lists behind tickets, kept as coded lists ({@link CodedLists}) with what only each has
 * beside them: a category's SLA hours ({@link Category}), a queue's partner, members and turn
 * ({@link Queue}). An entry and its attributes are saved in one transaction, from the entry's version.
 */
@Service
@Transactional(readOnly = true)
class TicketLists implements TicketAdmin {

	private final CategoryRepository categories;
	private final QueueRepository queues;
	private final CodedLists codes;
	private final Tickets tickets;
	private final AgentApi agents;
	private final PartnerApi partners;

	TicketLists(CategoryRepository categories, QueueRepository queues, CodedLists codes, Tickets tickets,
			AgentApi agents, PartnerApi partners) {
		this.categories = categories;
		this.queues = queues;
		this.codes = codes;
		this.tickets = tickets;
		this.agents = agents;
		this.partners = partners;
	}

	@Override
	public List<CategoryView> categories() {
		Map<UUID, Category> hours = categories.findAll().stream().collect(Collectors.toMap(Category::id, c -> c));
		return codes.entries(CATEGORIES).stream().filter(e -> hours.containsKey(e.id()))
			.map(e -> view(e, hours.get(e.id())))
			.toList();
	}

	@Override
	public List<CodedEntry> resolutions() {
		return codes.entries(RESOLUTIONS);
	}

	@Override
	public List<QueueView> queues() {
		return queueViews(queues.findAll());
	}

	@Override
	public List<QueueView> queuesOf(UUID agentId) {
		return agentId == null ? List.of() : queueViews(queues.findByMember(agentId));
	}

	@Override
	public List<QueueView> queuesFor(UUID partnerId, PartnerScope scope) {
		Set<UUID> chain = tickets.selfAndAncestors(partnerId);
		return queues().stream().filter(q -> q.active() && chain.contains(q.partnerId()))
			.filter(q -> q.visibleTo(scope))
			.toList();
	}

	@Override
	@Transactional
	public CategoryView addCategory(CategoryChange change, String actor) {
		refuseIfAny(codes.check(change.entry(), true), hours(change));
		CodedEntry entry = codes.add(CATEGORIES, change.entry(), actor);
		Category category = new Category(entry.id(), entry.code());
		category.sla(change.slaCriticalHours(), change.slaHighHours(), change.slaMediumHours(), change.slaLowHours());
		return view(entry, categories.save(category));
	}

	@Override
	@Transactional
	public CategoryView changeCategory(String code, long version, CategoryChange change, String actor) {
		Category category = categories.findByCode(normal(code))
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", code));
		refuseIfAny(codes.check(change.entry(), false), hours(change));
		CodedEntry entry = codes.change(CATEGORIES, category.id(), change.entry(), version, actor);
		category.sla(change.slaCriticalHours(), change.slaHighHours(), change.slaMediumHours(), change.slaLowHours());
		return view(entry, categories.save(category));
	}

	@Override
	@Transactional
	public CodedEntry addResolution(Draft resolution, String actor) {
		return codes.add(RESOLUTIONS, resolution, actor);
	}

	@Override
	@Transactional
	public CodedEntry changeResolution(String code, long version, Draft resolution, String actor) {
		CodedEntry current = codes.find(RESOLUTIONS, code)
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", code));
		return codes.change(RESOLUTIONS, current.id(), resolution, version, actor);
	}

	@Override
	@Transactional
	public QueueView addQueue(QueueChange change, String actor) {
		List<Reason> reasons = new ArrayList<>(codes.check(change.entry(), true));
		Set<UUID> members = queueReasons(null, change, reasons);
		refuseIfAny(reasons, List.of());
		CodedEntry entry = codes.add(QUEUES, change.entry(), actor);
		Queue queue = new Queue(entry.id());
		queue.set(change.partnerId(), change.autoAssign(), members);
		return view(entry, queues.save(queue));
	}

	@Override
	@Transactional
	public QueueView changeQueue(String code, long version, QueueChange change, String actor) {
		CodedEntry current = codes.find(QUEUES, code)
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", code));
		Queue queue = queues.findById(current.id())
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", code));
		List<Reason> reasons = new ArrayList<>(codes.check(change.entry(), false));
		Set<UUID> members = queueReasons(current.id(), change, reasons);
		refuseIfAny(reasons, List.of());
		CodedEntry entry = codes.change(QUEUES, current.id(), change.entry(), version, actor);
		queue.set(change.partnerId(), change.autoAssign(), members);
		return view(entry, queues.save(queue));
	}

	/**
	 * What is wrong with a queue's own part, added to {@code reasons}: its partner, its members (each must
	 * be an enabled agent who can see the partner's tickets), and a name another queue of the partner has
	 * in the same language. Answers the members' keys.
	 */
	private Set<UUID> queueReasons(UUID self, QueueChange change, List<Reason> reasons) {
		if (change.partnerId() == null || partners.find(change.partnerId()).isEmpty()) {
			reasons.add(new Reason("partnerId", new SwitchboardException("TICKET_PARTNER_REQUIRED")));
		}
		Set<UUID> members = new HashSet<>();
		List<String> usernames = change.members() == null ? List.of() : change.members();
		Map<String, AgentView> known = agents.findAllByUsername(new LinkedHashSet<>(usernames));
		for (String username : usernames) {
			AgentView agent = known.get(username);
			if (agent == null) {
				reasons.add(new Reason("members", new SwitchboardException("TICKET_MEMBER_UNKNOWN", username)));
				break;
			}
			if (change.partnerId() != null) {
				try {
					// the queue's tickets belong to its partner or below: a member who cannot see them is no member
					tickets.agentWhoCanSee(agent.id(), change.partnerId());
				}
				catch (SwitchboardException cannot) {
					reasons.add(new Reason("members", "TICKET_AGENT_CANNOT_SEE".equals(cannot.code())
							? new SwitchboardException("TICKET_MEMBER_CANNOT_SEE", username)
							: new SwitchboardException("TICKET_MEMBER_UNKNOWN", username)));
					break;
				}
			}
			members.add(agent.id());
		}
		if (change.partnerId() != null) {
			List<QueueView> siblings = queues().stream()
				.filter(q -> !q.id().equals(self) && q.partnerId().equals(change.partnerId()))
				.toList();
			change.entry().names().forEach((language, name) -> {
				if (name != null && !name.isBlank()
						&& siblings.stream().anyMatch(q -> name.strip().equalsIgnoreCase(q.entry().names().exactly(language)))) {
					reasons.add(new Reason("names[" + language + "]",
							new SwitchboardException("TICKET_QUEUE_NAME_TAKEN", name.strip())));
				}
			});
		}
		return members;
	}

	/** A category's SLA hours: whole numbers from 1 to a year's hours, each on its box. */
	private static List<Reason> hours(CategoryChange change) {
		List<Reason> reasons = new ArrayList<>();
		Map<String, Integer> given = new LinkedHashMap<>();
		given.put("critical", change.slaCriticalHours());
		given.put("high", change.slaHighHours());
		given.put("medium", change.slaMediumHours());
		given.put("low", change.slaLowHours());
		given.forEach((field, hours) -> {
			if (hours == null || hours < 1 || hours > Category.MAX_SLA_HOURS) {
				reasons.add(new Reason(field, new SwitchboardException("TICKET_SLA_INVALID", Category.MAX_SLA_HOURS)));
			}
		});
		return reasons;
	}

	private static void refuseIfAny(List<Reason> first, List<Reason> then) {
		List<Reason> all = new ArrayList<>(first);
		all.addAll(then);
		if (!all.isEmpty()) {
			throw new EntryRefused(all);
		}
	}

	private List<QueueView> queueViews(List<Queue> wanted) {
		Map<UUID, Queue> byId = wanted.stream().collect(Collectors.toMap(Queue::id, Function.identity()));
		return codes.entries(QUEUES).stream().filter(e -> byId.containsKey(e.id()))
			.map(e -> view(e, byId.get(e.id())))
			.toList();
	}

	private static CategoryView view(CodedEntry entry, Category category) {
		return new CategoryView(entry, category.slaHours(Priority.CRITICAL),
				category.slaHours(Priority.HIGH),
				category.slaHours(Priority.MEDIUM),
				category.slaHours(Priority.LOW));
	}

	private static QueueView view(CodedEntry entry, Queue queue) {
		return new QueueView(entry, queue.partnerId(), queue.autoAssign(), queue.members());
	}

	private static String normal(String code) {
		return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
	}
}
