package io.switchboard.demo.generator;

import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedList;
import io.switchboard.platform.codes.Names;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.Channel;
import io.switchboard.ticket.Priority;
import io.switchboard.ticket.QueueView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketImport.ImportedAction;
import io.switchboard.ticket.TicketImport.ImportedComment;
import io.switchboard.ticket.TicketImport.ImportedTicket;
import io.switchboard.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo operator's tickets: categories with their SLA, resolution codes, the back-office queues
 * ("Billing back office", "Technical support", "Porting desk" of the operator, "Bluewave escalations"
 * of the reseller), a handful of tickets in every state for the well-known customers and a sprinkle
 * over the first generated customers. Each ticket is told as a story (created, dispatched, taken,
 * returned...) so its history reads like a real one. Deterministic: keys from the seed, times from
 * the anchor day.
 */
public final class DemoTickets {

	/** What to write through {@code TicketImport}. */
	public record Data(List<CategoryView> categories, List<CodedEntry> resolutions, List<QueueView> queues,
			List<ImportedTicket> tickets) {
	}

	private final SeededIds ids;
	private final Instant anchor;
	private final Map<String, ReferenceData.Agent> logins = new HashMap<>();
	private final Map<String, UUID> queueIds = new HashMap<>();
	private final Map<CodedList, Integer> positions = new HashMap<>();

	public DemoTickets(long seed, LocalDate anchorDate, ReferenceData reference) {
		// a seed of their own: block 2 of the plain seed is chunk 0's customers' keys
		this.ids = new SeededIds(Seeds.of(seed, 0x71C7), 1);
		this.anchor = anchorDate.atStartOfDay(ZoneOffset.UTC).toInstant();
		reference.agents().stream().filter(a -> a.password() != null).forEach(a -> logins.put(a.username(), a));
	}

	/** The lists: the same for the demo and for a loaded dataset. */
	public Data lists(ReferenceData reference) {
		positions.clear();
		List<CategoryView> categories = List.of(
				category("BILLING", "Billing and payments", "Счета и оплата", 4, 24, 72, 168),
				category("TECHNICAL", "Technical problem", "Техническая проблема", 4, 12, 48, 120),
				category("PORTING", "Number porting", "Перенос номера", 2, 8, 24, 72),
				category("PROFILE", "Profile change", "Изменение профиля", 8, 24, 72, 168),
				category("LIFELINE", "Lifeline", "Lifeline (льготная связь)", 8, 24, 72, 168),
				category("COMPLAINT", "Complaint", "Жалоба", 4, 24, 48, 120),
				category("DEVICE", "Device and SIM", "Устройство и SIM-карта", 8, 24, 72, 168));
		List<CodedEntry> resolutions = List.of(
				resolution("FIXED", "Resolved", "Решено"),
				resolution("EXPLAINED", "Explained to the customer", "Разъяснено клиенту"),
				resolution("CREDITED", "Credit given", "Начислена компенсация"),
				resolution("NO_FAULT", "No fault found", "Неисправность не подтвердилась"),
				resolution("DUPLICATE", "Duplicate", "Дубликат"),
				resolution("WRONG_CATEGORY", "Wrong category: re-created", "Не та категория: пересоздана"),
				resolution("WITHDRAWN", "Withdrawn by the customer", "Отозвана клиентом"));
		UUID operator = reference.partnerId(DemoPartner.OPERATOR);
		List<QueueView> queues = List.of(
				queue("BILLING_BACK_OFFICE", "Billing back office", "Отдел расчётов", operator, "backoffice", "manager"),
				queue("TECHNICAL_SUPPORT", "Technical support", "Техническая поддержка", operator, "backoffice"),
				queue("PORTING_DESK", "Porting desk", "Группа переноса номеров", operator, "backoffice"),
				queue("BLUEWAVE_ESCALATIONS", "Bluewave escalations", "Bluewave: эскалации",
						reference.partnerId(DemoPartner.BLUEWAVE), "reseller"));
		return new Data(categories, resolutions, queues, List.of());
	}

	/** The lists and the tickets of the well-known customers and of the first generated ones. */
	public Data generate(ReferenceData reference, Chunk wellKnown, Chunk first) {
		Data lists = lists(reference);
		List<ImportedTicket> tickets = new ArrayList<>();
		NewCustomer jane = customer(wellKnown, "100001");
		NewCustomer romashka = customer(wellKnown, "100002");
		NewCustomer carlos = customer(wellKnown, "100003");

		tickets.add(story(jane, "BILLING", Priority.HIGH, "Roaming charges on the last bill",
				"The customer disputes 3 roaming data sessions in Mexico on the last bill; she says data roaming was off.",
				"agent", 2).dispatch("Billing back office", 2).ticket());
		tickets.add(story(jane, "TECHNICAL", Priority.MEDIUM, "No mobile data after the SIM swap",
				"Calls and texts work, mobile data does not since the SIM swap on Monday. APN settings were sent.",
				"agent", 6).dispatch("Technical support", 6).take("backoffice", 5)
			.answer("backoffice", 4, "Provisioning of the data service was re-sent; asked the customer to restart the phone.")
			.ticket());
		tickets.add(story(jane, "PROFILE", Priority.LOW, "New billing address",
				"Move the billing address to 2417 Larkspur Lane, Arlington VA.", "agent", 45)
			.close("agent", 44, "FIXED").ticket());
		tickets.add(story(romashka, "COMPLAINT", Priority.CRITICAL, "Второй номер заблокирован по ошибке",
				"Номер +7 916 765-43-21 заблокирован как утерянный, но SIM-карта у директора. Просят разблокировать сегодня.",
				"operator.ru", 1).comment("operator.ru", 1, "Клиент перезвонит после 15:00.").ticket());
		tickets.add(story(romashka, "BILLING", Priority.MEDIUM, "Двойное списание за март",
				"За март абонентская плата списана дважды. Клиент просит вернуть вторую сумму.", "operator.ru", 4)
			.dispatch("Billing back office", 4)
			.take("backoffice", 3)
			.returnToCreator("backoffice", 3, "Нужна копия платёжного поручения клиента: без неё возврат не оформить.")
			.ticket());
		tickets.add(story(carlos, "LIFELINE", Priority.MEDIUM, "Lifeline recertification letter",
				"The customer received a recertification letter and asks which documents to send.", "reseller", 3)
			.ticket());
		tickets.add(story(carlos, "PORTING", Priority.HIGH, "Port-in from the old carrier stalled",
				"Port-in requested 5 days ago, still pending. The old carrier's account PIN was confirmed.", "reseller", 5)
			.dispatch("Bluewave escalations", 5).take("reseller", 5).forward("reseller", 4, "Porting desk",
					"Needs the operator's porting desk: the donor carrier rejected the request twice.")
			.ticket());

		if (first != null) {
			String[][] subjects = {
					{ "BILLING", "Late payment fee to be reviewed" }, { "TECHNICAL", "Dropped calls at home" },
					{ "DEVICE", "Replacement SIM card" }, { "COMPLAINT", "Long wait at the store" },
					{ "BILLING", "Autopay did not run" }, { "TECHNICAL", "Voicemail does not answer" },
					{ "PROFILE", "Change of e-mail address" }, { "PORTING", "Port-out PIN requested" },
					{ "BILLING", "Refund of the deposit" }, { "TECHNICAL", "No signal after the upgrade" },
					{ "DEVICE", "Unlock code for the phone" }, { "COMPLAINT", "Rude answer on the phone" } };
			UUID operator = reference.partnerId(DemoPartner.OPERATOR);
			int k = 0;
			for (NewCustomer c : first.customers()) {
				if (k >= subjects.length) {
					break;
				}
				if (!c.partnerId().equals(operator)) {
					continue;
				}
				String[] s = subjects[k];
				Priority priority = Priority.values()[k % 4];
				int age = 3 + k * 4;
				Story story = story(c, s[0], priority, s[1], s[1] + ".", k % 2 == 0 ? "agent" : "operator.ru", age);
				switch (k % 6) {
					case 0 -> story.dispatch(queueFor(s[0]), age);
					case 1 -> story.dispatch(queueFor(s[0]), age).take("backoffice", age - 1);
					case 2 -> story.dispatch(queueFor(s[0]), age).take("backoffice", age - 1)
						.answer("backoffice", age - 2, "Explained on the phone; waiting for the customer to confirm.");
					case 3 -> story.close(k % 2 == 0 ? "agent" : "operator.ru", age - 1, "EXPLAINED");
					case 4 -> story.expired(age >= 30 ? 1 : 0);
					default -> story.dispatch(queueFor(s[0]), age).take("backoffice", age - 1)
						.close("backoffice", age - 2, "FIXED");
				}
				tickets.add(story.ticket());
				k++;
			}
		}
		// last, so that the keys of the tickets above stay as they were
		tickets.add(story(romashka, "TECHNICAL", Priority.HIGH, "Нет мобильного интернета на основном номере",
				"На номере +7 916 123-45-67 не работает мобильный интернет с понедельника; звонки проходят.",
				"operator.ru", 5).dispatch("Technical support", 5).take("backoffice", 4)
			.answer("backoffice", 3, "Переотправили настройки APN; попросили перезагрузить телефон.")
			.customerReplied("operator.ru", 1, "Клиент перезагрузил телефон: интернета по-прежнему нет.")
			.ticket());

		return new Data(lists.categories(), lists.resolutions(), lists.queues(), tickets);
	}

	private static String queueFor(String category) {
		return switch (category) {
			case "BILLING", "COMPLAINT" -> "Billing back office";
			case "PORTING" -> "Porting desk";
			default -> "Technical support";
		};
	}

	private static NewCustomer customer(Chunk chunk, String number) {
		return chunk.customers().stream().filter(c -> c.customerNumber().equals(number)).findFirst().orElseThrow();
	}

	private CategoryView category(String code, String en, String ru, int critical, int high, int medium, int low) {
		return new CategoryView(entry(TicketAdmin.CATEGORIES, code, en, ru), critical, high, medium, low);
	}

	private CodedEntry resolution(String code, String en, String ru) {
		return entry(TicketAdmin.RESOLUTIONS, code, en, ru);
	}

	private QueueView queue(String code, String en, String ru, UUID partner, String... members) {
		CodedEntry entry = entry(TicketAdmin.QUEUES, code, en, ru);
		queueIds.put(en, entry.id());
		Set<UUID> agents = new java.util.HashSet<>();
		for (String m : members) {
			agents.add(logins.get(m).id());
		}
		return new QueueView(entry, partner, false, agents);
	}

	/** An entry of a list, in use, after the ones made before it in that list (10, 20, ...). */
	private CodedEntry entry(CodedList list, String code, String en, String ru) {
		int position = positions.merge(list, 10, Integer::sum);
		return CodedEntry.of(ids.next(), list, code, Names.of("en", en, "ru", ru), true, position);
	}

	private Instant daysAgo(int days, int minutes) {
		return anchor.minus(Duration.ofDays(days)).plus(Duration.ofMinutes(9 * 60 + minutes));
	}

	private Story story(NewCustomer customer, String category, Priority priority, String subject, String content,
			String creator, int daysAgo) {
		return new Story(customer, category, priority, subject, content, logins.get(creator), daysAgo);
	}

	/** One ticket's life, move by move, keeping the history. */
	private final class Story {

		final NewCustomer customer;
		final String category;
		final Priority priority;
		final String subject;
		final String content;
		final ReferenceData.Agent creator;
		final Instant created;
		final UUID id = ids.next();
		TicketStatus status = TicketStatus.OPEN;
		UUID owner;
		UUID queue;
		UUID answeredBy;
		Instant answeredAt;
		Instant clock;
		Instant updated;
		String updatedBy;
		String reason;
		int forwards;
		int returns;
		int expiry;
		String resolution;
		Instant closedAt;
		UUID closedBy;
		int minute;
		final List<ImportedAction> history = new ArrayList<>();
		final List<ImportedComment> comments = new ArrayList<>();

		Story(NewCustomer customer, String category, Priority priority, String subject, String content,
				ReferenceData.Agent creator, int daysAgo) {
			this.customer = customer;
			this.category = category;
			this.priority = priority;
			this.subject = subject;
			this.content = content;
			this.creator = creator;
			this.created = daysAgo(daysAgo, 0);
			this.owner = creator.id();
			this.clock = created;
			this.updated = created;
			this.updatedBy = creator.username();
			history.add(new ImportedAction(created, creator.username(), creator.id(), creator.displayName(), "CREATED",
					null, TicketStatus.OPEN, null, null, null, owner, null));
		}

		private Story move(String username, int daysAgo, String action, TicketStatus to, UUID toQueue, UUID toOwner,
				String comment) {
			ReferenceData.Agent who = logins.get(username);
			minute += 37;
			Instant at = daysAgo(daysAgo, minute);
			history.add(new ImportedAction(at, who.username(), who.id(), who.displayName(), action, status, to, queue,
					toQueue, owner, toOwner, comment));
			status = to;
			queue = toQueue;
			owner = toOwner;
			updated = at;
			updatedBy = who.username();
			return this;
		}

		Story dispatch(String queueName, int daysAgo) {
			return move(creator.username(), daysAgo, "DISPATCHED", TicketStatus.OPEN_DISPATCH, queueIds.get(queueName),
					null, null);
		}

		Story take(String username, int daysAgo) {
			return move(username, daysAgo, "TAKEN", TicketStatus.OPEN, queue, logins.get(username).id(), null);
		}

		Story forward(String username, int daysAgo, String queueName, String comment) {
			forwards++;
			return move(username, daysAgo, "FORWARDED", TicketStatus.OPEN_FORWARDED, queueIds.get(queueName), null,
					comment);
		}

		Story returnToCreator(String username, int daysAgo, String why) {
			returns++;
			reason = why;
			return move(username, daysAgo, "RETURNED", TicketStatus.OPEN_REJECT_RETURN, null, creator.id(), why);
		}

		Story answer(String username, int daysAgo, String text) {
			move(username, daysAgo, "ANSWERED", TicketStatus.WAITING, queue, owner, text);
			answeredBy = logins.get(username).id();
			answeredAt = updated;
			clock = updated;
			return this;
		}

		/** The customer replied to the answer (an agent recorded it): back with the agent who answered, in Waiting. */
		Story customerReplied(String username, int daysAgo, String text) {
			move(username, daysAgo, "CUSTOMER_REPLIED", TicketStatus.OPEN, queue, answeredBy, text);
			clock = updated;
			return this;
		}

		Story close(String username, int daysAgo, String code) {
			move(username, daysAgo, "CLOSED", TicketStatus.CLOSED, queue, owner, null);
			resolution = code;
			closedAt = updated;
			closedBy = logins.get(username).id();
			return this;
		}

		Story comment(String username, int daysAgo, String body) {
			ReferenceData.Agent who = logins.get(username);
			comments.add(new ImportedComment(daysAgo(daysAgo, 90), who.username(), who.id(), who.displayName(), body));
			return this;
		}

		Story expired(int level) {
			if (level > 0) {
				expiry = level;
				history.add(new ImportedAction(daysAgo(0, 0), "system", null, "Switchboard", "EXPIRED_" + level, status,
						status, queue, queue, owner, owner, null));
			}
			return this;
		}

		ImportedTicket ticket() {
			return new ImportedTicket(id, customer.id(), customer.partnerId(), null, null, category, priority,
					Channel.PHONE, subject, content, status, expiry, creator.id(), creator.username(), owner, queue,
					answeredBy, answeredAt, clock, reason, forwards, returns, resolution, closedAt, closedBy, created,
					updated, updatedBy, List.copyOf(history), List.copyOf(comments));
		}
	}
}
