package io.switchboard.demo.generator;

import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionImport.ImportedInteraction;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.Names;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Past contacts of generated customers, all wrapped up: about one customer in seven called, wrote or
 * visited a store once or twice since signing up, handled by an agent of the customer's partner. The
 * well-known customers get a scripted history instead. Seeded apart from the rest of the chunk, so
 * adding interactions changed none of the other generated records.
 */
final class InteractionHistory {

	/** The demo operator's wrap-up codes, in the order agents see them. */
	static final List<CodedEntry> WRAP_UP_CODES = List.of(
			wrapUp("RESOLVED", "Resolved on first contact", "Решено при первом обращении", true, 10),
			wrapUp("INFO_GIVEN", "Information given", "Предоставлена информация", true, 20),
			wrapUp("TICKET_CREATED", "Ticket created", "Создана заявка", true, 30),
			wrapUp("CALLBACK", "Callback promised", "Обещан обратный звонок", true, 40),
			wrapUp("TRANSFERRED", "Transferred", "Переведено", true, 50),
			wrapUp("NO_ACTION", "No action needed", "Действий не требуется", true, 60),
			wrapUp("DROPPED", "Call dropped", "Звонок прервался", false, 70));

	/** A wrap-up code of the demo, keyed by its code (the same key on every start). */
	private static CodedEntry wrapUp(String code, String english, String russian, boolean active, int position) {
		return CodedEntry.of(UUID.nameUUIDFromBytes((WrapUpCodeAdmin.WRAP_UP_CODES + ":" + code)
			.getBytes(StandardCharsets.UTF_8)), WrapUpCodeAdmin.WRAP_UP_CODES, code, Names.of("en", english, "ru", russian),
				active, position);
	}

	// Not TICKET_CREATED: a generated contact has no ticket to link, and the code would claim one.
	private static final String[] CODES = { "RESOLVED", "INFO_GIVEN", "CALLBACK", "TRANSFERRED", "NO_ACTION" };
	private static final double[] CODE_WEIGHTS = { 45, 28, 11, 6, 10 };
	private static final Channel[] CHANNELS = { Channel.PHONE, Channel.EMAIL, Channel.CHAT, Channel.SMS,
			Channel.STORE, Channel.WEB };
	private static final double[] CHANNEL_WEIGHTS = { 60, 12, 12, 4, 8, 4 };

	private static final List<String[]> REASONS_EN = List.of(
			new String[] { "Bill question", "Asked why the bill is higher than last month; explained the roaming charges." },
			new String[] { "Payment or top-up", "Took a card payment over the phone." },
			new String[] { "No service or poor coverage", "No signal at home since yesterday; checked the area for outages." },
			new String[] { "Mobile data problem", "Data not working after a phone reset; resent the APN settings." },
			new String[] { "Plan or feature change", "Wants more data; went through the plans." },
			new String[] { "SIM or device problem", "SIM not recognised by the new phone." },
			new String[] { "Roaming", "Travelling next week; explained roaming rates." },
			new String[] { "Profile or contact change", "New e-mail address." });
	private static final List<String[]> REASONS_RU = List.of(
			new String[] { "Вопрос по счёту", "Спросил, почему счёт больше прошлого; объяснили начисления за роуминг." },
			new String[] { "Оплата или пополнение", "Принят платёж картой по телефону." },
			new String[] { "Нет связи или плохое покрытие", "Со вчерашнего дня нет сигнала дома; проверили аварии в районе." },
			new String[] { "Проблема с мобильным интернетом", "Интернет не работает после сброса телефона; отправили настройки APN." },
			new String[] { "Смена тарифа или услуги", "Хочет больше трафика; рассказали о тарифах." },
			new String[] { "Проблема с SIM-картой или устройством", "Новый телефон не видит SIM-карту." },
			new String[] { "Роуминг", "Уезжает на следующей неделе; рассказали о ценах в роуминге." },
			new String[] { "Изменение профиля или контактов", "Новый адрес электронной почты." });

	private final Tenancy tenancy;
	private final Instant anchor;
	private final Rnd rnd;
	private final SeededIds ids;
	private final List<ImportedInteraction> interactions = new ArrayList<>();

	/** For the customers of block {@code block} (chunk k is block k + 2, the well-known customers block 1). */
	InteractionHistory(long seed, long block, Tenancy tenancy, Instant anchor) {
		this.tenancy = tenancy;
		this.anchor = anchor;
		this.rnd = new Rnd(Seeds.of(seed, block, 0x1A7E));
		this.ids = new SeededIds(Seeds.of(seed, 0x1A7E), block);
	}

	/** A sprinkle of past interactions over generated customers. */
	List<ImportedInteraction> sprinkle(List<NewCustomer> customers) {
		for (NewCustomer customer : customers) {
			if (!rnd.chance(0.15)) {
				continue;
			}
			int count = rnd.between(1, 2);
			boolean russian = "ru".equals(customer.preferredLanguage());
			for (int i = 0; i < count; i++) {
				Instant from = customer.createdAt().plus(Duration.ofDays(1));
				Instant to = anchor.minus(Duration.ofHours(2));
				if (!from.isBefore(to)) {
					continue;
				}
				String[] reason = rnd.pick(russian ? REASONS_RU : REASONS_EN);
				Channel channel = rnd.weighted(CHANNELS, CHANNEL_WEIGHTS);
				add(customer, channel, rnd.chance(0.85) ? Direction.IN : Direction.OUT, rnd.between(from, to),
						reason[0], rnd.weighted(CODES, CODE_WEIGHTS), rnd.chance(0.7) ? reason[1] : null);
			}
		}
		return List.copyOf(interactions);
	}

	/** One scripted contact of a well-known customer, {@code daysAgo} before the anchor day. */
	InteractionHistory scripted(NewCustomer customer, Channel channel, Direction direction, int daysAgo, String reason,
			String code, String notes) {
		Instant start = anchor.minus(Duration.ofDays(daysAgo)).plus(Duration.ofMinutes(rnd.between(9 * 60, 17 * 60)));
		add(customer, channel, direction, start, reason, code, notes);
		return this;
	}

	List<ImportedInteraction> interactions() {
		return List.copyOf(interactions);
	}

	private void add(NewCustomer customer, Channel channel, Direction direction, Instant start, String reason,
			String code, String notes) {
		Tenancy.Signer agent = agentFor(customer.partnerId());
		int minutes = switch (channel) {
			case PHONE -> rnd.between(2, 25);
			case STORE -> rnd.between(10, 40);
			default -> rnd.between(3, 15);
		};
		interactions.add(new ImportedInteraction(ids.next(), customer.partnerId(), customer.id(), channel, direction,
				agent.id(), agent.username(), reason, code, notes, start,
				start.plus(Duration.ofMinutes(minutes)).plusSeconds(rnd.between(0, 59))));
	}

	/** An agent of the customer's partner: one of the agents who sign customers up for it. */
	private Tenancy.Signer agentFor(UUID partnerId) {
		List<Tenancy.Signer> agents = new ArrayList<>();
		for (Segment segment : Segment.values()) {
			if (tenancy.partnerId(segment.partner()).equals(partnerId)) {
				agents.addAll(tenancy.signers(segment));
			}
		}
		return rnd.pick(agents);
	}
}
