package io.switchboard.ticket.domain;

import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.ResolutionView;
import io.switchboard.ticket.TicketAdmin;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administered lists behind tickets: categories, resolution codes, queues. */
@Service
@Transactional(readOnly = true)
class TicketLists implements TicketAdmin {

	private final CategoryRepository categories;
	private final ResolutionRepository resolutions;
	private final QueueRepository queues;
	private final Tickets tickets;
	private final Clock clock;

	TicketLists(CategoryRepository categories, ResolutionRepository resolutions, QueueRepository queues,
			Tickets tickets, Clock clock) {
		this.categories = categories;
		this.resolutions = resolutions;
		this.queues = queues;
		this.tickets = tickets;
		this.clock = clock;
	}

	@Override
	public List<CategoryView> categories() {
		return categories.findAllByOrderByCode().stream().map(Category::view).toList();
	}

	@Override
	public List<ResolutionView> resolutions() {
		return resolutions.findAllByOrderByCode().stream().map(Resolution::view).toList();
	}

	@Override
	public List<QueueView> queues() {
		return queues.findAllByOrderByName().stream().map(Queue::view).toList();
	}

	@Override
	public List<QueueView> queuesOf(UUID agentId) {
		return agentId == null ? List.of() : queues.findByMember(agentId).stream().map(Queue::view).toList();
	}

	@Override
	public List<QueueView> queuesFor(UUID partnerId, PartnerScope scope) {
		Set<UUID> chain = tickets.selfAndAncestors(partnerId);
		return queues.findAllByOrderByName().stream().filter(q -> q.active() && chain.contains(q.partnerId()))
			.map(Queue::view)
			.filter(q -> q.visibleTo(scope))
			.toList();
	}

	@Override
	@Transactional
	public CategoryView saveCategory(CategoryView v, String actor) {
		Category category;
		if (v.id() == null) {
			String code = code(v.code());
			if (categories.findByCode(code).isPresent()) {
				throw new SwitchboardException("TICKET_CODE_TAKEN", code);
			}
			category = new Category(Ids.next(), code);
		}
		else {
			category = categories.findById(v.id()).orElseThrow(() -> new SwitchboardException("TICKET_CATEGORY_UNKNOWN"));
			if (category.version() != v.version()) {
				throw new ChangedBySomeoneElse("TICKET_ADMIN_CHANGED_BY_SOMEONE_ELSE", category.updatedBy(),
						category.updatedAt(), category.version());
			}
		}
		names(v.nameEn(), v.nameRu());
		for (int hours : new int[] { v.slaCriticalHours(), v.slaHighHours(), v.slaMediumHours(), v.slaLowHours() }) {
			if (hours < 1 || hours > 24 * 365) {
				throw new SwitchboardException("TICKET_SLA_INVALID");
			}
		}
		category.set(v, clock.instant(), actor);
		return categories.save(category).view();
	}

	@Override
	@Transactional
	public ResolutionView saveResolution(ResolutionView v, String actor) {
		Resolution resolution;
		if (v.id() == null) {
			String code = code(v.code());
			if (resolutions.findByCode(code).isPresent()) {
				throw new SwitchboardException("TICKET_CODE_TAKEN", code);
			}
			resolution = new Resolution(Ids.next(), code);
		}
		else {
			resolution = resolutions.findById(v.id())
				.orElseThrow(() -> new SwitchboardException("TICKET_RESOLUTION_UNKNOWN"));
			if (resolution.version() != v.version()) {
				throw new ChangedBySomeoneElse("TICKET_ADMIN_CHANGED_BY_SOMEONE_ELSE", resolution.updatedBy(),
						resolution.updatedAt(), resolution.version());
			}
		}
		names(v.nameEn(), v.nameRu());
		resolution.set(v, clock.instant(), actor);
		return resolutions.save(resolution).view();
	}

	@Override
	@Transactional
	public QueueView saveQueue(QueueView v, String actor) {
		Queue queue;
		if (v.id() == null) {
			queue = new Queue(Ids.next());
		}
		else {
			queue = queues.findById(v.id()).orElseThrow(() -> new SwitchboardException("TICKET_QUEUE_UNKNOWN"));
			if (queue.version() != v.version()) {
				throw new ChangedBySomeoneElse("TICKET_ADMIN_CHANGED_BY_SOMEONE_ELSE", queue.updatedBy(),
						queue.updatedAt(), queue.version());
			}
		}
		if (v.name() == null || v.name().isBlank() || v.name().strip().length() > 100) {
			throw new SwitchboardException("TICKET_NAME_REQUIRED");
		}
		if (v.partnerId() == null) {
			throw new SwitchboardException("TICKET_PARTNER_REQUIRED");
		}
		boolean taken = queues.findAllByOrderByName().stream().anyMatch(q -> !q.id().equals(queue.id())
				&& q.partnerId().equals(v.partnerId()) && q.view().name().equalsIgnoreCase(v.name().strip()));
		if (taken) {
			throw new SwitchboardException("TICKET_QUEUE_NAME_TAKEN", v.name().strip());
		}
		for (UUID member : v.members()) {
			// the queue's tickets belong to its partner or below: a member who cannot see them is no member
			tickets.agentWhoCanSee(member, v.partnerId());
		}
		queue.set(new QueueView(v.id(), v.name().strip(), v.partnerId(), v.autoAssign(), v.active(), v.members(),
				v.version()), clock.instant(), actor);
		return queues.save(queue).view();
	}

	private static String code(String code) {
		if (code == null || !code.strip().matches("[A-Za-z][A-Za-z0-9_]{1,39}")) {
			throw new SwitchboardException("TICKET_CODE_INVALID");
		}
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static void names(String en, String ru) {
		if (en == null || en.isBlank() || ru == null || ru.isBlank() || en.length() > 100 || ru.length() > 100) {
			throw new SwitchboardException("TICKET_NAME_REQUIRED");
		}
	}
}
