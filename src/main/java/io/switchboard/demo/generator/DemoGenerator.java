package io.switchboard.demo.generator;

import io.switchboard.agent.Role;
import io.switchboard.customer.CustomerImport.NewCarePin;
import io.switchboard.partner.PartnerApi.NewPartner;
import io.switchboard.partner.PartnerRule;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * Generates the demo operator from a seed: the reference data (partners, rules, agents, catalog), the
 * three well-known customers, and any number of generated customers in chunks of {@value #CHUNK_SIZE}.
 * The same seed gives the same records, keys included, on every run; chunk k depends only on the seed
 * and k, so a loader can generate chunks in any order and write them as they come. Dates are laid out
 * backwards from the anchor day, so the current bill period is always the current one.
 *
 * <p>Thread-safe: a generator holds no state between calls.
 */
public final class DemoGenerator {

	/** Customers per chunk. Part of the identifier plan: changing it renumbers every generated record. */
	public static final int CHUNK_SIZE = 1000;

	private final long seed;
	private final LocalDate anchorDate;

	public DemoGenerator(long seed, LocalDate anchorDate) {
		this.seed = seed;
		this.anchorDate = anchorDate;
	}

	public long seed() {
		return seed;
	}

	public LocalDate anchorDate() {
		return anchorDate;
	}

	/** How many chunks hold {@code customers} generated customers (the last one may be partial). */
	public static int chunkCount(long customers) {
		return Math.toIntExact((customers + CHUNK_SIZE - 1) / CHUNK_SIZE);
	}

	/**
	 * How many generated customers the identifier plan holds (six million) before MDNs, ICCIDs or IMEIs
	 * would repeat; a chunk beyond it is refused.
	 */
	public static long maxCustomers() {
		return Numbering.get().maxChunks() * CHUNK_SIZE;
	}

	/** The customer number generated customer {@code index} gets (100004 onwards). */
	public static String customerNumber(long index) {
		return Numbering.customerNumber(index);
	}

	/** Chunk {@code index} with its first {@code customers} customers (at most {@value #CHUNK_SIZE}). */
	public Chunk chunk(int index, int customers, Tenancy tenancy) {
		if (index < 0 || customers < 0 || customers > CHUNK_SIZE) {
			throw new IllegalArgumentException("chunk " + index + " cannot hold " + customers + " customers");
		}
		if (index >= Numbering.get().maxChunks()) {
			throw new IllegalArgumentException("chunk " + index + " is beyond the identifier plan, which holds "
					+ maxCustomers() + " generated customers");
		}
		return new ChunkGenerator(seed, index, tenancy, anchorDate).generate(customers);
	}

	/** Jane Q. Doe, ООО «Ромашка» and Carlos Mendes. */
	public Chunk wellKnown(Tenancy tenancy) {
		return new WellKnown(seed, tenancy, anchorDate).generate();
	}

	/**
	 * The care PINs of the well-known customers (the README names them): Jane Q. Doe 2468, ООО «Ромашка»
	 * 1357, Carlos Mendes 8024. Generated customers have none: an agent sets one for a verified caller.
	 */
	public List<NewCarePin> carePins(Chunk wellKnown) {
		Map<String, String> pins = Map.of("100001", "2468", "100002", "1357", "100003", "8024");
		return wellKnown.customers().stream()
			.filter(c -> pins.containsKey(c.customerNumber()))
			.map(c -> new NewCarePin(c.id(), pins.get(c.customerNumber()), c.createdAt(), c.createdBy()))
			.toList();
	}

	/**
	 * The ticket lists (categories, resolution codes, queues) and tickets for the well-known customers
	 * and, when {@code first} is given, a sprinkle over the first chunk's customers.
	 */
	public DemoTickets.Data tickets(ReferenceData reference, Chunk wellKnown, Chunk first) {
		return new DemoTickets(seed, anchorDate, reference).generate(reference, wellKnown, first);
	}

	/** The partners with their rules, the agents and the catalog. */
	public ReferenceData reference() {
		SeededIds ids = new SeededIds(seed, 0);
		Map<DemoPartner, UUID> partnerIds = new EnumMap<>(DemoPartner.class);
		for (DemoPartner partner : DemoPartner.values()) {
			partnerIds.put(partner, ids.next());
		}
		List<NewPartner> partners = new ArrayList<>();
		for (DemoPartner partner : DemoPartner.values()) {
			partners.add(new NewPartner(partnerIds.get(partner), partner.code(), partner.displayName(), partner.type(),
					partner.parent() == null ? null : partnerIds.get(partner.parent()), partner.regions(),
					partner.currency(), partner.timeZone()));
		}
		return new ReferenceData(partners, rules(), agents(ids), Catalogue.planViews(ids::next),
				Catalogue.featureViews(ids::next), InteractionHistory.WRAP_UP_CODES);
	}

	/**
	 * The operator's back offices, with the line's identifiers in the links; the MVNO runs its own care
	 * back office and has no access to the operator's provisioning (CSM) back office, so that link is
	 * hidden for its agents and lines; Bluewave shows the Lifeline recertification date earlier than
	 * the default; the MVNO reads PIN and PUK codes out only to callers who said the care PIN (the others
	 * accept the date of birth and document digits too, the default).
	 */
	private static List<ReferenceData.Rule> rules() {
		String site = ".switchboard-mobile.example";
		return List.of(
				new ReferenceData.Rule(DemoPartner.OPERATOR, PartnerRule.BACKOFFICE_LINK_MNP,
						"https://mnp" + site + "/ports?msisdn={mdn}"),
				new ReferenceData.Rule(DemoPartner.OPERATOR, PartnerRule.BACKOFFICE_LINK_CSM,
						"https://csm" + site + "/subscribers/{mdn}/services?iccid={iccid}"),
				new ReferenceData.Rule(DemoPartner.OPERATOR, PartnerRule.BACKOFFICE_LINK_CCBO,
						"https://ccbo" + site + "/accounts/{accountNumber}/lines/{mdn}"),
				new ReferenceData.Rule(DemoPartner.OPERATOR, PartnerRule.BACKOFFICE_LINK_TELINFO,
						"https://telinfo" + site + "/devices/{imei}?msisdn={mdn}"),
				new ReferenceData.Rule(DemoPartner.MVNO, PartnerRule.BACKOFFICE_LINK_CCBO,
						"https://care.nimbus-mobile.example/accounts/{accountNumber}?line={mdn}"),
				new ReferenceData.Rule(DemoPartner.MVNO, PartnerRule.BACKOFFICE_LINK_CSM, ""),
				new ReferenceData.Rule(DemoPartner.MVNO, PartnerRule.SECRET_VERIFICATION_PIN_PUK, "PIN"),
				new ReferenceData.Rule(DemoPartner.BLUEWAVE,
						PartnerRule.DAYS_BEFORE_RENEWAL_TO_DISPLAY_LIFELINE_RECERTIFICATION_DATE, "45"),
				new ReferenceData.Rule(DemoPartner.RU_RESELLER, PartnerRule.TICKET_EXPIRY_DAYS, "14"));
	}

	/** The demo logins (password = username), then the generated agents who sign customers up. */
	private List<ReferenceData.Agent> agents(SeededIds ids) {
		List<ReferenceData.Agent> agents = new ArrayList<>();
		agents.add(login(ids, "agent", "Alex Morgan", DemoPartner.OPERATOR, Set.of(Role.AGENT), "en",
				"America/New_York", "50"));
		agents.add(login(ids, "manager", "Jordan Reyes", DemoPartner.OPERATOR, Set.of(Role.AGENT, Role.MANAGER), "en",
				"America/New_York", "500"));
		agents.add(login(ids, "backoffice", "Casey Brooks", DemoPartner.OPERATOR, Set.of(Role.BACKOFFICE), "en",
				"America/Chicago", "100"));
		agents.add(login(ids, "admin", "Taylor Quinn", DemoPartner.OPERATOR, Set.of(Role.ADMIN), "en",
				"America/New_York", "1000"));
		agents.add(login(ids, "reseller", "Jamie Rivera", DemoPartner.BLUEWAVE, Set.of(Role.AGENT), "en",
				"America/New_York", "50"));
		agents.add(login(ids, "mvno", "Pat Kowalski", DemoPartner.MVNO, Set.of(Role.AGENT), "en", "America/Chicago",
				"50"));
		agents.add(login(ids, "operator.ru", "Ольга Смирнова", DemoPartner.OPERATOR, Set.of(Role.AGENT), "ru",
				"Europe/Moscow", "50"));

		Faker en = new Faker(Locale.US, new Random(Seeds.of(seed, -1, 1)));
		Faker ru = new Faker(Locale.of("ru"), new Random(Seeds.of(seed, -1, 2)));
		Rnd rnd = new Rnd(Seeds.of(seed, -1, 3));
		Set<String> usernames = new HashSet<>();
		agents.forEach(a -> usernames.add(a.username()));
		Map<Segment, Integer> counts = Map.of(Segment.OPERATOR_US, 6, Segment.OPERATOR_RU, 4, Segment.MVNO, 4,
				Segment.BLUEWAVE, 3, Segment.RU_RESELLER, 3);
		for (Segment segment : Segment.values()) {
			for (int i = 0; i < counts.get(segment); i++) {
				boolean manager = i == counts.get(segment) - 1;
				String first;
				String last;
				if (segment.russian()) {
					String gender = rnd.chance(0.5) ? "male" : "female";
					first = ru.resolve("name." + gender + "_first_name");
					last = ru.resolve("name." + gender + "_last_name");
				}
				else {
					first = en.name().firstName();
					last = en.name().lastName();
				}
				String username = Vocabulary.asciiWord(first) + "." + Vocabulary.asciiWord(last);
				for (int n = 2; !usernames.add(username); n++) {
					username = Vocabulary.asciiWord(first) + "." + Vocabulary.asciiWord(last) + n;
				}
				String timeZone = switch (segment) {
					case OPERATOR_US -> rnd.pick(List.of("America/New_York", "America/Chicago", "America/Denver",
							"America/Los_Angeles"));
					case MVNO -> "America/Chicago";
					case BLUEWAVE -> "America/New_York";
					case OPERATOR_RU, RU_RESELLER -> "Europe/Moscow";
				};
				String currency = segment.partner().currency();
				// Limits are set in the partner's currency, at the same purchasing power.
				BigDecimal limit = new BigDecimal(manager ? 500 : 50)
					.multiply(BigDecimal.valueOf(currency.equals("RUB") ? 100 : 1));
				agents.add(new ReferenceData.Agent(ids.next(), username, first + " " + last, null, segment.partner(),
						manager ? Set.of(Role.AGENT, Role.MANAGER) : Set.of(Role.AGENT), segment.russian() ? "ru" : "en",
						timeZone, Money.of(limit, currency), segment));
			}
		}
		return agents;
	}

	private static ReferenceData.Agent login(SeededIds ids, String username, String displayName, DemoPartner partner,
			Set<Role> roles, String language, String timeZone, String limit) {
		return new ReferenceData.Agent(ids.next(), username, displayName, username, partner, roles, language, timeZone,
				Money.of(limit, partner.currency()), null);
	}
}
