package io.switchboard.demo.generator;

import io.switchboard.balance.BalanceImport.NewAccumulator;
import io.switchboard.balance.BalanceImport.NewAdditional;
import io.switchboard.balance.BalanceImport.NewBucket;
import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.balance.BucketType;
import io.switchboard.catalog.LineType;
import io.switchboard.customer.AccountStatus;
import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.ContractType;
import io.switchboard.customer.CustomerImport.NewAccount;
import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerImport.NewDocument;
import io.switchboard.customer.CustomerImport.NewFlashNote;
import io.switchboard.customer.CustomerImport.NewRelatedParty;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.PartyRole;
import io.switchboard.customer.Severity;
import io.switchboard.customer.TaxIdType;
import io.switchboard.demo.generator.Catalogue.Plan;
import io.switchboard.demo.generator.Vocabulary.City;
import io.switchboard.demo.generator.Vocabulary.Metro;
import io.switchboard.line.FeatureAction;
import io.switchboard.line.FeatureStatus;
import io.switchboard.line.LineImport.FeatureEvent;
import io.switchboard.line.LineImport.LineUser;
import io.switchboard.line.LineImport.NewDevice;
import io.switchboard.line.LineImport.NewFeature;
import io.switchboard.line.LineImport.NewLine;
import io.switchboard.line.LineImport.NewSim;
import io.switchboard.line.LineImport.PlanPeriod;
import io.switchboard.line.LineStatus;
import io.switchboard.line.OperationStatus;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Inn;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * Generates one chunk of customers. Everything random comes from two sources seeded only by (seed,
 * chunk): a {@link Rnd} for the structure (how many lines, which plan, which status, dates, amounts)
 * and Datafaker, in English and Russian, for the words (names, streets, company names). A chunk never
 * looks at another chunk, so chunks can be generated in any order, in parallel, in separate runs.
 */
final class ChunkGenerator {

	private static final Segment[] SEGMENTS = Segment.values();
	private static final double[] SEGMENT_WEIGHTS = java.util.Arrays.stream(SEGMENTS).mapToDouble(Segment::weight)
		.toArray();
	private static final CustomerStatus[] CUSTOMER_STATUSES = { CustomerStatus.ACTIVE, CustomerStatus.SUSPENDED,
			CustomerStatus.CLOSED, CustomerStatus.PROSPECT };
	private static final double[] CUSTOMER_STATUS_WEIGHTS = { 90, 4, 4, 2 };
	private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");
	private static final Duration DAY = Duration.ofDays(1);
	private static final java.util.regex.Pattern LEADING_ZEROS = java.util.regex.Pattern.compile(", 0+(?=\\d)");

	private final long seed;
	private final int chunk;
	private final Tenancy tenancy;
	private final LocalDate anchorDate;
	private final Instant anchor;
	private final Rnd rnd;
	private final Faker en;
	private final Faker ru;
	private final SeededIds ids;
	private final Numbering numbering = Numbering.get();

	private int lineSlot;
	private int accountSlot;

	private final List<NewCustomer> customers = new ArrayList<>();
	private final List<NewLine> lines = new ArrayList<>();
	private final List<NewLineBalances> balances = new ArrayList<>();

	ChunkGenerator(long seed, int chunk, Tenancy tenancy, LocalDate anchorDate) {
		this.seed = seed;
		this.chunk = chunk;
		this.tenancy = tenancy;
		this.anchorDate = anchorDate;
		this.anchor = anchorDate.atStartOfDay(ZoneOffset.UTC).toInstant();
		long chunkSeed = Seeds.of(seed, chunk);
		this.rnd = new Rnd(chunkSeed);
		this.en = new Faker(Locale.US, new Random(Seeds.of(chunkSeed, 1)));
		this.ru = new Faker(Locale.of("ru"), new Random(Seeds.of(chunkSeed, 2)));
		this.ids = new SeededIds(seed, 2L + chunk);
	}

	Chunk generate(int count) {
		for (int i = 0; i < count; i++) {
			customer((long) chunk * DemoGenerator.CHUNK_SIZE + i);
		}
		return new Chunk(chunk, customers, lines, balances,
				new InteractionHistory(seed, 2L + chunk, tenancy, anchor).sprinkle(customers));
	}

	/** A person's or a company contact's name, in the customer's script. */
	private record Person(String first, String middle, String last, boolean male) {

		String fullName(boolean russian) {
			if (russian) {
				return last + " " + first + (middle == null ? "" : " " + middle);
			}
			return first + (middle == null ? "" : " " + middle) + " " + last;
		}
	}

	/** Where a customer lives: a US metro or a Russian city. */
	private record Place(Metro metro, City city) {
	}

	private void customer(long index) {
		Segment segment = rnd.weighted(SEGMENTS, SEGMENT_WEIGHTS);
		boolean russian = segment.russian();
		boolean organisation = rnd.chance(0.08);
		CustomerStatus status = rnd.weighted(CUSTOMER_STATUSES, CUSTOMER_STATUS_WEIGHTS);
		Tenancy.Signer signer = rnd.pick(tenancy.signers(segment));
		UUID customerId = ids.next();
		// Prospects signed up in the last weeks; everyone else over the last ten years.
		int daysAgo = status == CustomerStatus.PROSPECT ? rnd.between(1, 20) : rnd.between(30, 3650);
		Instant since = anchor.minus(DAY.multipliedBy(daysAgo)).plusSeconds(rnd.between(13 * 3600, 23 * 3600));

		List<NewAccount> accounts = new ArrayList<>();
		List<NewRelatedParty> parties = new ArrayList<>();
		UUID primaryPartyId = organisation ? ids.next() : null;
		int accountCount = organisation && rnd.chance(0.25) ? 2 : 1;
		for (int a = 0; a < accountCount; a++) {
			accounts.add(account(segment, organisation, status, a == 0 ? since : rnd.between(since, anchor),
					a == 0 ? null : PaymentType.POSTPAID, primaryPartyId));
		}

		List<NewLine> own = lines(segment, organisation, status, customerId, accounts, since, signer);

		Place place = place(segment, own);
		Person person = organisation ? null : person(russian);
		String organisationName = organisation ? organisationName(russian, place) : null;
		String taxId = null;
		TaxIdType taxIdType = null;
		if (organisation) {
			taxIdType = russian ? TaxIdType.INN : TaxIdType.EIN;
			taxId = russian ? inn(place.city(), organisationName.startsWith("ИП")) : ein();
		}
		else if (russian && rnd.chance(0.35)) {
			taxIdType = TaxIdType.INN;
			taxId = inn(place.city(), true);
		}
		LocalDate dateOfBirth = organisation ? null
				: anchorDate.minusYears(rnd.between(18, 85)).minusDays(rnd.between(0, 364));

		List<NewDocument> documents = organisation ? List.of()
				: List.of(passport(russian, place, dateOfBirth));
		if (organisation) {
			Person contact = person(russian);
			parties.add(new NewRelatedParty(primaryPartyId, PartyRole.PRIMARY, contact.fullName(russian),
					mobileNumber(russian), email(contact, russian)));
			if (rnd.chance(0.5)) {
				Person billing = person(russian);
				parties.add(new NewRelatedParty(ids.next(), PartyRole.BILLING_CONTACT, billing.fullName(russian),
						workNumber(place), email(billing, russian)));
			}
			if (rnd.chance(0.3)) {
				Person user = person(russian);
				parties.add(new NewRelatedParty(ids.next(), PartyRole.AUTHORISED_USER, user.fullName(russian),
						mobileNumber(russian), null));
			}
		}
		else {
			if (rnd.chance(0.08)) {
				Person spouse = relative(person, russian);
				parties.add(new NewRelatedParty(ids.next(), PartyRole.AUTHORISED_USER, spouse.fullName(russian),
						mobileNumber(russian), rnd.chance(0.5) ? email(spouse, russian) : null));
			}
			if (rnd.chance(0.03)) {
				Person billing = person(russian);
				parties.add(new NewRelatedParty(ids.next(), PartyRole.BILLING_CONTACT, billing.fullName(russian),
						mobileNumber(russian), email(billing, russian)));
			}
		}

		List<NewContact> contacts = contacts(russian, organisation, person, organisationName, place, own);
		List<NewFlashNote> notes = rnd.chance(0.05) ? flashNotes(segment, since) : List.of();

		customers.add(new NewCustomer(customerId, Numbering.customerNumber(index),
				organisation ? CustomerType.ORGANISATION : CustomerType.INDIVIDUAL, status,
				tenancy.partnerId(segment.partner()), signer.id(), person == null ? null : person.first(),
				person == null ? null : person.middle(), person == null ? null : person.last(), organisationName,
				dateOfBirth, taxId, taxIdType, russian ? "ru" : "en", since, signer.username(), documents, contacts,
				parties, accounts, notes));
	}

	// ---- accounts

	private NewAccount account(Segment segment, boolean organisation, CustomerStatus customerStatus, Instant opened,
			PaymentType forced, UUID primaryPartyId) {
		boolean russian = segment.russian();
		int slot = accountSlot++;
		PaymentType paymentType = forced != null ? forced
				: organisation || !rnd.chance(segment.prepaidShare()) ? PaymentType.POSTPAID : PaymentType.PREPAID;
		AccountStatus status = switch (customerStatus) {
			case CLOSED -> AccountStatus.CLOSED;
			case SUSPENDED -> AccountStatus.SUSPENDED;
			case ACTIVE, PROSPECT -> paymentType == PaymentType.POSTPAID && rnd.chance(0.03) ? AccountStatus.COLLECTIONS
					: AccountStatus.ACTIVE;
		};
		ContractType contractType = !organisation ? ContractType.CONSUMER
				: !russian && rnd.chance(0.06) ? ContractType.GOVERNMENT : ContractType.BUSINESS;
		LocalDate contractDate = LocalDate.ofInstant(opened, ZoneOffset.UTC);
		String currency = segment.currency();
		return new NewAccount(ids.next(), Numbering.accountNumber(chunk, slot),
				Numbering.contractNumber(russian, contractDate.getYear(), chunk, slot), contractType, contractDate,
				branch(segment), paymentType, rnd.between(1, 28), status,
				Money.of(owed(paymentType, status, russian), currency), primaryPartyId);
	}

	/** What is owed on the account: nothing on most, a bill's worth on some, a credit on a few. */
	private BigDecimal owed(PaymentType paymentType, AccountStatus status, boolean russian) {
		if (paymentType == PaymentType.PREPAID) {
			return BigDecimal.ZERO;
		}
		double scale = russian ? 30 : 1;
		double amount = switch (status) {
			case COLLECTIONS -> rnd.between(150.0, 900.0);
			case SUSPENDED -> rnd.between(60.0, 400.0);
			case CLOSED -> rnd.chance(0.8) ? 0 : rnd.between(10.0, 200.0);
			case ACTIVE -> {
				double x = rnd.unit();
				yield x < 0.55 ? 0 : x < 0.95 ? rnd.between(10.0, 250.0) : -rnd.between(5.0, 50.0);
			}
		};
		return money(amount * scale);
	}

	private String branch(Segment segment) {
		return rnd.pick(switch (segment) {
			case OPERATOR_US -> List.of("New York, 5th Avenue store", "Chicago, Michigan Avenue store", "Online",
					"Telesales", "Dallas, Galleria store");
			case OPERATOR_RU -> List.of("Москва, Тверская 15", "Санкт-Петербург, Невский 48", "Онлайн",
					"Контакт-центр");
			case MVNO -> List.of("Nimbus online", "Nimbus telesales");
			case BLUEWAVE -> List.of("Bluewave, Miami Calle Ocho", "Bluewave, Orlando Colonial Drive",
					"Bluewave, Tampa Westshore");
			case RU_RESELLER -> List.of("Связь-Плюс, Казань, ул. Баумана", "Связь-Плюс, Самара, Московское ш.",
					"Связь-Плюс, Уфа, пр. Октября");
		});
	}

	// ---- lines

	private List<NewLine> lines(Segment segment, boolean organisation, CustomerStatus customerStatus, UUID customerId,
			List<NewAccount> accounts, Instant since, Tenancy.Signer signer) {
		int count;
		if (customerStatus == CustomerStatus.PROSPECT) {
			count = 1;
		}
		else if (organisation) {
			count = rnd.between(1, 4) + (rnd.chance(0.15) ? rnd.between(3, 8) : 0);
		}
		else {
			count = rnd.weighted(new Integer[] { 1, 2, 3, 4 }, new double[] { 72, 18, 7, 3 });
		}
		List<NewLine> own = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			if (lineSlot >= Numbering.LINE_SLOTS_PER_CHUNK) {
				// The chunk's numbering range is used up (never seen in practice: ~1,550 of 2,000 are used).
				break;
			}
			NewAccount account = accounts.get(accounts.size() == 1 ? 0 : rnd.between(0, accounts.size() - 1));
			own.add(line(segment, organisation, customerStatus, customerId, account, since, n, signer));
		}
		lines.addAll(own);
		return own;
	}

	private NewLine line(Segment segment, boolean organisation, CustomerStatus customerStatus, UUID customerId,
			NewAccount account, Instant since, int position, Tenancy.Signer signer) {
		boolean russian = segment.russian();
		long slot = Numbering.lineSlot(chunk, lineSlot++);
		UUID lineId = ids.next();
		LineType type = lineType(account.paymentType(), organisation);
		Plan plan = rnd.pick(Catalogue.plansFor(russian, account.paymentType(), type, organisation));

		LineStatus status = switch (customerStatus) {
			case PROSPECT -> LineStatus.PENDING;
			case CLOSED -> LineStatus.CANCELLED;
			case SUSPENDED -> LineStatus.SUSPENDED;
			case ACTIVE -> rnd.weighted(new LineStatus[] { LineStatus.ACTIVE, LineStatus.SUSPENDED,
					LineStatus.CANCELLED, LineStatus.PENDING }, new double[] { 88, 5, 5, 2 });
		};
		Instant latest = anchor.minus(DAY.multipliedBy(2));
		// Not before the account it is billed to was opened (an organisation's second account comes later).
		Instant from = max(since, account.contractDate().atStartOfDay(ZoneOffset.UTC).toInstant());
		Instant activatedAt = position == 0 ? rnd.between(from, min(from.plus(DAY.multipliedBy(14)), latest))
				: rnd.between(from, latest);
		Instant statusChangedAt = activatedAt;
		String reason = null;
		switch (status) {
			case SUSPENDED -> {
				statusChangedAt = max(activatedAt, anchor.minus(DAY.multipliedBy(rnd.between(1, 60))));
				reason = customerStatus == CustomerStatus.SUSPENDED ? (russian ? "Неуплата" : "Non-payment")
						: rnd.pick(russian ? Vocabulary.RU_SUSPEND_REASONS : Vocabulary.US_SUSPEND_REASONS);
			}
			case CANCELLED -> {
				Instant earliest = max(activatedAt, min(activatedAt.plus(DAY.multipliedBy(30)), latest));
				statusChangedAt = rnd.between(earliest, max(earliest, anchor.minus(DAY)));
				reason = rnd.pick(russian ? Vocabulary.RU_CANCEL_REASONS : Vocabulary.US_CANCEL_REASONS);
			}
			case PENDING -> {
				statusChangedAt = max(from, anchor.minus(Duration.ofMinutes(rnd.between(30, 3 * 24 * 60))));
				activatedAt = null;
			}
			case ACTIVE -> {
			}
		}
		Instant start = activatedAt != null ? activatedAt : statusChangedAt;
		Instant createdAt = start.minus(Duration.ofMinutes(rnd.between(5, 240)));
		Instant end = status == LineStatus.CANCELLED ? statusChangedAt : null;

		String mdn = switch (type) {
			case MOBILE -> russian ? numbering.ruMobile.atSlot(slot) : numbering.usNumbers.atSlot(slot);
			case VOIP -> russian ? numbering.ruLandline.atSlot(slot) : numbering.usNumbers.atSlot(slot);
			case BROADBAND -> null;
		};
		String carrier = switch (type) {
			case MOBILE -> russian ? "Switchboard Mobile RU" : "Switchboard Mobile";
			case VOIP -> "Switchboard Voice";
			case BROADBAND -> russian ? "Switchboard Fiber" : "Switchboard 5G Home";
		};

		boolean wireless = type == LineType.MOBILE || (type == LineType.BROADBAND && !russian);
		NewSim sim = wireless ? sim(russian, slot, createdAt) : null;
		NewDevice device = null;
		if (type == LineType.MOBILE && rnd.chance(0.96)) {
			Instant attached = rnd.chance(0.3) ? rnd.between(start, end != null ? end : latest) : start;
			if (!russian && rnd.chance(0.04)) {
				Vocabulary.Model model = rnd.pick(Vocabulary.ESN_HANDSETS);
				device = new NewDevice(ids.next(), numbering.esn(slot), Imei.Kind.ESN, model.make(), model.model(),
						attached);
			}
			else {
				Numbering.Device handset = numbering.handset(russian, slot);
				device = new NewDevice(ids.next(), handset.imei(), Imei.Kind.IMEI, handset.model().make(),
						handset.model().model(), attached);
			}
		}
		else if (type == LineType.BROADBAND && !russian) {
			Numbering.Device gateway = numbering.gateway(slot);
			device = new NewDevice(ids.next(), gateway.imei(), Imei.Kind.IMEI, gateway.model().make(),
					gateway.model().model(), start);
		}

		String serviceUsername = null;
		String servicePassword = null;
		if (type == LineType.VOIP) {
			serviceUsername = mdn.substring(1) + "@voice.switchboard-mobile.example";
			servicePassword = rnd.alphanumeric(12);
		}
		else if (type == LineType.BROADBAND) {
			serviceUsername = (russian ? "inet" : "home") + account.accountNumber() + (char) ('a' + position % 26);
			servicePassword = rnd.alphanumeric(10);
		}
		String forwarding = null;
		boolean forwardingEnabled = false;
		if (mdn != null && rnd.chance(0.05)) {
			forwarding = mobileNumber(russian);
			forwardingEnabled = rnd.chance(0.7);
		}
		LineUser user = rnd.chance(organisation ? 0.6 : position == 0 ? 0.03 : 0.2) ? lineUser(russian) : null;

		List<PlanPeriod> planHistory = planHistory(plan, russian, account.paymentType(), type, organisation, start,
				end, status == LineStatus.PENDING, signer);
		Instant planChangedAt = planHistory.getLast().startedAt();
		List<NewFeature> features = new ArrayList<>();
		List<FeatureEvent> featureHistory = new ArrayList<>();
		features(russian, type, status, start, end, signer, features, featureHistory);

		Money arpu = arpu(plan, features);
		NewLine line = new NewLine(lineId, customerId, account.id(), type, mdn, carrier, status, reason,
				statusChangedAt, activatedAt, plan.code(), planChangedAt, arpu, serviceUsername, servicePassword,
				forwarding, forwardingEnabled, user, sim, device, features, planHistory, featureHistory, createdAt,
				signer.username());
		NewLineBalances lineBalances = balances(line, plan, account, features);
		if (lineBalances != null) {
			balances.add(lineBalances);
		}
		return line;
	}

	private LineType lineType(PaymentType paymentType, boolean organisation) {
		if (paymentType == PaymentType.PREPAID) {
			return LineType.MOBILE;
		}
		LineType[] types = { LineType.MOBILE, LineType.VOIP, LineType.BROADBAND };
		return rnd.weighted(types, organisation ? new double[] { 75, 15, 10 } : new double[] { 90, 3, 7 });
	}

	private NewSim sim(boolean russian, long slot, Instant installedAt) {
		return new NewSim(ids.next(), numbering.iccid(russian, slot), numbering.imsi(russian, slot), rnd.digits(4),
				rnd.digits(8), rnd.digits(4), rnd.digits(8),
				rnd.pick(russian ? Vocabulary.RU_HLRS : Vocabulary.US_HLRS), installedAt);
	}

	private LineUser lineUser(boolean russian) {
		Person user = person(russian);
		LocalDate born = anchorDate.minusYears(rnd.between(12, 70)).minusDays(rnd.between(0, 364));
		String document = russian ? "Паспорт " + rnd.digits(2) + " " + rnd.digits(2) + " " + rnd.digits(6)
				: "Driver license " + rnd.pick(Vocabulary.METROS).state() + " " + rnd.digits(9);
		String address = null;
		if (rnd.chance(0.4)) {
			address = russian
					? rnd.pick(Vocabulary.RU_CITIES).name() + ", " + russianStreet()
					: en.address().streetAddress() + ", " + cityAndState(rnd.pick(Vocabulary.METROS));
		}
		return new LineUser(user.fullName(russian), born, rnd.chance(0.7) ? document : null,
				rnd.chance(0.5) ? mobileNumber(russian) : null, rnd.chance(0.5) ? email(user, russian) : null, address,
				rnd.pick(russian ? Vocabulary.RU_LINE_USER_NOTES : Vocabulary.US_LINE_USER_NOTES));
	}

	private static String cityAndState(Metro metro) {
		return metro.city() + ", " + metro.state();
	}

	/** One to three plan periods; the last is the current plan (closed when the line was cancelled). */
	private List<PlanPeriod> planHistory(Plan current, boolean russian, PaymentType paymentType, LineType type,
			boolean organisation, Instant start, Instant end, boolean pending, Tenancy.Signer signer) {
		List<Plan> alternatives = Catalogue.plansFor(russian, paymentType, type, organisation).stream()
			.filter(p -> !p.code().equals(current.code()))
			.toList();
		int periods = pending || alternatives.isEmpty() ? 1
				: rnd.weighted(new Integer[] { 1, 2, 3 }, new double[] { 60, 30, 10 });
		Instant last = end != null ? end : anchor.minus(DAY);
		List<Instant> changes = new ArrayList<>();
		for (int i = 1; i < periods; i++) {
			changes.add(rnd.between(start, last));
		}
		changes.sort(null);
		List<PlanPeriod> history = new ArrayList<>(periods);
		Instant from = start;
		for (int i = 0; i < periods; i++) {
			boolean isLast = i == periods - 1;
			Instant to = isLast ? end : changes.get(i);
			Plan plan = isLast ? current : rnd.pick(alternatives);
			String actor = i == 0 ? signer.username() : rnd.chance(0.5) ? signer.username() : "self-service";
			history.add(new PlanPeriod(ids.next(), plan.code(), from, to, actor));
			from = to;
		}
		return history;
	}

	private void features(boolean russian, LineType type, LineStatus lineStatus, Instant start, Instant end,
			Tenancy.Signer signer, List<NewFeature> features, List<FeatureEvent> history) {
		Set<String> codes = new LinkedHashSet<>(Catalogue.baseFeatures(russian, type));
		List<String> optional = Catalogue.optionalFeatures(russian, type);
		int extras = rnd.weighted(new Integer[] { 0, 1, 2, 3 }, new double[] { 35, 35, 20, 10 });
		for (int i = 0; i < extras; i++) {
			codes.add(rnd.pick(optional));
		}
		Instant latest = end != null ? end : anchor.minus(Duration.ofHours(1));
		for (String code : codes) {
			boolean included = Catalogue.baseFeatures(russian, type).contains(code);
			Instant added = included ? start : rnd.between(start, latest);
			String actor = included ? "system" : signer.username();
			FeatureStatus status;
			Instant deactivated = null;
			if (lineStatus == LineStatus.PENDING) {
				waitingForNetwork(code, added, actor, history, features);
				continue;
			}
			else if (lineStatus == LineStatus.CANCELLED) {
				status = FeatureStatus.REMOVED;
				deactivated = end;
				history.add(event(code, FeatureAction.ADD, OperationStatus.COMPLETED, added, actor));
				history.add(event(code, FeatureAction.REMOVE, OperationStatus.COMPLETED, end, "system"));
			}
			else {
				double x = included ? 1 : rnd.unit();
				if (x < 0.04) {
					waitingForNetwork(code, added, actor, history, features);
					continue;
				}
				else if (x < 0.06) {
					status = FeatureStatus.FAILED;
					history.add(event(code, FeatureAction.ADD, OperationStatus.FAILED, added, actor));
				}
				else if (x < 0.08) {
					status = FeatureStatus.PENDING_REMOVAL;
					history.add(event(code, FeatureAction.ADD, OperationStatus.COMPLETED, added, actor));
					history.add(event(code, FeatureAction.REMOVE, OperationStatus.PENDING,
							rnd.between(added, latest), signer.username()));
				}
				else if (x < 0.2) {
					status = FeatureStatus.REMOVED;
					deactivated = rnd.between(added, latest);
					history.add(event(code, FeatureAction.ADD, OperationStatus.COMPLETED, added, actor));
					history.add(event(code, FeatureAction.REMOVE, OperationStatus.COMPLETED, deactivated,
							signer.username()));
				}
				else {
					status = FeatureStatus.ACTIVE;
					if (!included && rnd.chance(0.1)) {
						// A first attempt the network refused, retried later: the SOC history shows both.
						history.add(event(code, FeatureAction.ADD, OperationStatus.FAILED,
								added.minus(Duration.ofMinutes(rnd.between(10, 600))), actor));
					}
					history.add(event(code, FeatureAction.ADD, OperationStatus.COMPLETED, added, actor));
				}
			}
			features.add(new NewFeature(ids.next(), code, status, status == FeatureStatus.FAILED ? null : added,
					deactivated));
		}
		history.sort(java.util.Comparator.comparing(FeatureEvent::occurredAt));
	}

	/** A feature ordered and not yet on the network: pending activation, its ADD pending in the history. */
	private void waitingForNetwork(String code, Instant added, String actor, List<FeatureEvent> history,
			List<NewFeature> features) {
		features.add(new NewFeature(ids.next(), code, FeatureStatus.PENDING_ACTIVATION, null, null));
		history.add(event(code, FeatureAction.ADD, OperationStatus.PENDING, added, actor));
	}

	private FeatureEvent event(String code, FeatureAction action, OperationStatus status, Instant at, String actor) {
		return new FeatureEvent(ids.next(), code, action, status, at, actor);
	}

	/** The plan's fee, the paid features, and some usage on top. */
	private Money arpu(Plan plan, List<NewFeature> features) {
		BigDecimal total = plan.monthlyFee().amount();
		for (NewFeature feature : features) {
			Catalogue.Feature f = Catalogue.feature(feature.featureCode());
			if (feature.status() == FeatureStatus.ACTIVE && f.currency().equals(plan.currency())) {
				total = total.add(new BigDecimal(f.price()));
			}
		}
		return Money.of(total.multiply(BigDecimal.valueOf(rnd.between(1.0, 1.25))).setScale(2, RoundingMode.HALF_UP),
				plan.currency());
	}

	// ---- balances

	private NewLineBalances balances(NewLine line, Plan plan, NewAccount account, List<NewFeature> features) {
		if (line.status() == LineStatus.CANCELLED || line.status() == LineStatus.PENDING) {
			return null;
		}
		boolean russian = plan.russian();
		BillPeriod period = BillPeriod.of(anchorDate, account.billCycleDay());
		List<NewBucket> buckets = new ArrayList<>();
		addBucket(buckets, BucketType.MINUTES, "MIN", plan.minutes(), 2500, period, plan.name());
		addBucket(buckets, BucketType.TEXTS, "SMS", plan.texts(), 1500, period, plan.name());
		addBucket(buckets, BucketType.DATA, "MB", plan.dataMb(), 80_000, period, plan.name());
		boolean hotspot = features.stream()
			.anyMatch(f -> f.featureCode().equals("HOTSPOT10") && f.status() == FeatureStatus.ACTIVE);
		if (hotspot) {
			addBucket(buckets, BucketType.DATA, "MB", 10_240, 0, period, "FEATURE HOTSPOT10");
		}
		Money main = null;
		Instant mainExpires = null;
		List<NewAdditional> additional = new ArrayList<>();
		if (account.paymentType() == PaymentType.PREPAID) {
			double top = russian ? 1500 : 60;
			double amount = rnd.chance(0.1) ? rnd.between(0, top / 30) : rnd.between(0, top);
			main = Money.of(money(amount), plan.currency());
			mainExpires = anchor.plus(DAY.multipliedBy(rnd.between(30, 180)));
			if (rnd.chance(0.15)) {
				String name = rnd.pick(russian ? List.of("Бонус за пополнение", "Приветственный бонус", "Бонусы лояльности")
						: List.of("Bonus top-up credit", "Welcome bonus", "Loyalty reward", "Refill promotion"));
				int value = rnd.pick(List.of(5, 10, 15)) * (russian ? 20 : 1);
				additional.add(new NewAdditional(ids.next(), name, Money.of(BigDecimal.valueOf(value), plan.currency()),
						rnd.chance(0.2) ? null : anchor.plus(DAY.multipliedBy(rnd.between(7, 60)))));
			}
		}
		List<NewAccumulator> accumulators = new ArrayList<>();
		if (rnd.chance(0.3)) {
			int kind = rnd.between(0, 2);
			String name = switch (kind) {
				case 0 -> russian ? "Роуминг: интернет" : "Roaming data";
				case 1 -> russian ? "Международные минуты" : "International minutes";
				default -> russian ? "Сверх пакета" : "Overage charges";
			};
			String unit = kind == 0 ? "MB" : kind == 1 ? "MIN" : plan.currency();
			BigDecimal amount = kind == 2 ? money(rnd.between(1.0, russian ? 900.0 : 30.0))
					: BigDecimal.valueOf(rnd.between(1, kind == 0 ? 3000 : 240));
			accumulators.add(new NewAccumulator(ids.next(), name, amount, unit, period.start(), period.end()));
		}
		if (main == null && buckets.isEmpty() && accumulators.isEmpty()) {
			return null;
		}
		return new NewLineBalances(line.id(), main, mainExpires, additional, buckets, accumulators,
				anchor.minus(Duration.ofMinutes(rnd.between(1, 24 * 60))));
	}

	/**
	 * A bucket for the period, unless the plan includes none of it (allowance 0). Usage follows how far
	 * into the period we are, with light, typical and heavy users; some are nearly or fully used up.
	 */
	private void addBucket(List<NewBucket> buckets, BucketType type, String unit, Integer allowance, int unlimitedTypical,
			BillPeriod period, String source) {
		if (allowance != null && allowance == 0) {
			return;
		}
		double pace = rnd.weighted(new Double[] { 0.3, 0.8, 1.5 }, new double[] { 35, 45, 20 })
				* rnd.between(0.7, 1.3);
		double elapsed = Math.max(period.elapsed(), 0.03);
		long used;
		if (allowance == null) {
			used = Math.round(unlimitedTypical * pace * elapsed * rnd.unit());
		}
		else {
			double x = rnd.unit();
			if (x < 0.03) {
				used = allowance;
			}
			else if (x < 0.09) {
				used = Math.round(allowance * rnd.between(0.9, 0.99));
			}
			else {
				used = Math.min(allowance, Math.round(allowance * pace * elapsed));
			}
		}
		buckets.add(new NewBucket(ids.next(), type, unit, allowance == null ? null : allowance.longValue(), used,
				period.start(), period.end(), source));
	}

	// ---- people, places, contacts

	private Person person(boolean russian) {
		boolean male = rnd.chance(0.5);
		if (russian) {
			String gender = male ? "male" : "female";
			return new Person(ru.resolve("name." + gender + "_first_name"), ru.resolve("name." + gender + "_middle_name"),
					ru.resolve("name." + gender + "_last_name"), male);
		}
		double x = rnd.unit();
		String middle = x < 0.3 ? (char) ('A' + rnd.between(0, 25)) + "." : x < 0.45 ? en.name().firstName() : null;
		return new Person(en.name().firstName(), middle, en.name().lastName(), male);
	}

	/** A spouse or grown-up child: same family name (in Russian, in the right gender). */
	private Person relative(Person of, boolean russian) {
		Person other = person(russian);
		if (!russian) {
			return new Person(other.first(), other.middle(), of.last(), other.male());
		}
		String last = of.last();
		if (of.male() && !other.male()) {
			if (last.endsWith("ий")) {
				last = last.substring(0, last.length() - 2) + "ая";
			}
			else if (last.endsWith("ов") || last.endsWith("ев") || last.endsWith("ин")) {
				last = last + "а";
			}
		}
		else if (!of.male() && other.male()) {
			if (last.endsWith("ая")) {
				last = last.substring(0, last.length() - 2) + "ий";
			}
			else if (last.endsWith("ова") || last.endsWith("ева") || last.endsWith("ина")) {
				last = last.substring(0, last.length() - 1);
			}
		}
		return new Person(other.first(), other.middle(), last, other.male());
	}

	private String organisationName(boolean russian, Place place) {
		if (russian) {
			String form = rnd.pick(Vocabulary.RU_LEGAL_FORMS);
			if (form.equals("ИП")) {
				Person owner = person(true);
				return "ИП " + owner.last() + " " + owner.first().charAt(0) + "." + owner.middle().charAt(0) + ".";
			}
			String name = rnd.chance(0.6)
					? rnd.pick(Vocabulary.RU_COMPANY_ROOTS) + rnd.pick(Vocabulary.RU_COMPANY_ENDINGS).toLowerCase(
							Locale.ROOT)
					: rnd.pick(Vocabulary.RU_COMPANY_WORDS);
			return form + " «" + name + "»";
		}
		if (rnd.chance(0.05)) {
			return "City of " + place.metro().city() + " "
					+ rnd.pick(List.of("Public Works", "Parks Department", "Water Utility", "Fire Department"));
		}
		return en.company().name() + rnd.pick(Vocabulary.US_COMPANY_SUFFIXES);
	}

	/** A US customer lives where the area code of their first number is; a Russian one in a likely city. */
	private Place place(Segment segment, List<NewLine> own) {
		if (segment.russian()) {
			double[] weights = segment == Segment.RU_RESELLER ? Vocabulary.RU_CITY_WEIGHTS_RESELLER
					: Vocabulary.RU_CITY_WEIGHTS_OPERATOR;
			return new Place(null, rnd.weighted(Vocabulary.RU_CITIES.toArray(City[]::new), weights));
		}
		for (NewLine line : own) {
			if (line.mdn() != null) {
				Metro metro = Vocabulary.METRO_BY_AREA_CODE.get(line.mdn().substring(2, 5));
				if (metro != null) {
					return new Place(metro, null);
				}
			}
		}
		return new Place(rnd.pick(Vocabulary.METROS), null);
	}

	private List<NewContact> contacts(boolean russian, boolean organisation, Person person, String organisationName,
			Place place, List<NewLine> own) {
		List<NewContact> contacts = new ArrayList<>(4);
		if (organisation) {
			contacts.add(phone(ContactPurpose.WORK, true, workNumber(place)));
		}
		else {
			String mobile = own.stream()
				.filter(l -> l.type() == LineType.MOBILE && l.mdn() != null)
				.map(NewLine::mdn)
				.findFirst()
				.orElseGet(() -> mobileNumber(russian));
			contacts.add(phone(ContactPurpose.MOBILE, true, mobile));
			if (rnd.chance(0.2)) {
				contacts.add(phone(ContactPurpose.HOME, false, workNumber(place)));
			}
		}
		if (organisation || rnd.chance(0.85)) {
			String email = organisation ? organisationEmail(organisationName) : email(person, russian);
			contacts.add(new NewContact(ids.next(), ContactMediumType.EMAIL,
					organisation ? ContactPurpose.WORK : ContactPurpose.HOME, false, null, email, null, null, null, null,
					null));
		}
		contacts.add(postal(russian, organisation, place));
		return contacts;
	}

	private NewContact phone(ContactPurpose purpose, boolean preferred, String number) {
		return new NewContact(ids.next(), ContactMediumType.PHONE, purpose, preferred, number, null, null, null, null,
				null, null);
	}

	private NewContact postal(boolean russian, boolean organisation, Place place) {
		ContactPurpose purpose = organisation ? ContactPurpose.BILLING : ContactPurpose.HOME;
		if (russian) {
			City city = place.city();
			String street = russianStreet()
					+ (organisation ? ", офис " + rnd.between(1, 40) : rnd.chance(0.7) ? ", кв. " + rnd.between(1, 300) : "");
			String postcode = city.postcodePrefix() + rnd.digits(6 - city.postcodePrefix().length());
			return new NewContact(ids.next(), ContactMediumType.POSTAL, purpose, true, null, null, street, city.name(),
					city.region(), postcode, "RU");
		}
		Metro metro = place.metro();
		String street = en.address().streetAddress()
				+ (rnd.chance(0.25) ? ", " + en.address().secondaryAddress() : "");
		return new NewContact(ids.next(), ContactMediumType.POSTAL, purpose, true, null, null, street, metro.city(),
				metro.state(), metro.zipPrefix() + rnd.digits(2), "US");
	}

	/** Datafaker pads Russian house numbers to three digits ("улица Победы, 010"); nobody writes them so. */
	private String russianStreet() {
		return LEADING_ZEROS.matcher(ru.address().streetAddress()).replaceFirst(", ");
	}

	/** A number to reach someone on: any mobile number of the country (they need not be our customers). */
	private String mobileNumber(boolean russian) {
		return russian ? numbering.ruMobile.any(rnd) : numbering.usNumbers.any(rnd);
	}

	/** An office or home landline in the customer's city. */
	private String workNumber(Place place) {
		if (place.city() != null) {
			return numbering.ruLandline.anyUnder(rnd, "+7" + place.city().landlineCode());
		}
		return numbering.usNumbers.anyUnder(rnd, "+1" + place.metro().areaCodes().getFirst());
	}

	/** Always with digits, so no generated address is ever one of the well-known customers'. */
	private String email(Person person, boolean russian) {
		String first = Vocabulary.asciiWord(person.first());
		String last = Vocabulary.asciiWord(person.last());
		String local = switch (rnd.between(0, 3)) {
			case 0 -> first + "." + last + rnd.between(1, 99);
			case 1 -> first.charAt(0) + last + rnd.between(1950, 2008);
			case 2 -> last + "." + first + rnd.between(1, 999);
			default -> first + last.charAt(0) + rnd.between(10, 9999);
		};
		return local + "@" + rnd.pick(EMAIL_DOMAINS);
	}

	private String organisationEmail(String organisationName) {
		String slug = Vocabulary.asciiWord(organisationName.replaceFirst("^(ООО|АО|ПАО|ИП) ", ""));
		if (slug.length() > 24) {
			slug = slug.substring(0, 24);
		}
		if (slug.isEmpty()) {
			slug = "office";
		}
		return rnd.pick(List.of("info", "office", "billing", "it")) + "." + slug + rnd.between(1, 999) + "@"
				+ rnd.pick(EMAIL_DOMAINS);
	}

	// ---- identification

	private NewDocument passport(boolean russian, Place place, LocalDate born) {
		if (russian) {
			City city = place.city();
			int age = born.until(anchorDate).getYears();
			int issuedAtAge = age >= 45 ? 45 : age >= 20 ? 20 : 14;
			LocalDate issued = born.plusYears(issuedAtAge).plusDays(rnd.between(1, 60));
			if (issued.isAfter(anchorDate)) {
				issued = anchorDate.minusDays(rnd.between(1, 30));
			}
			String series = city.okato() + Numbering.pad(issued.getYear() % 100, 2);
			return new NewDocument(ids.next(), "PASSPORT", series, rnd.digits(6),
					city.passportOffice() + ", код подразделения " + city.passportDivision() + "-" + rnd.digits(3),
					issued);
		}
		LocalDate issued = anchorDate.minusDays(rnd.between(30, 3600));
		return new NewDocument(ids.next(), "PASSPORT", null, rnd.pick(List.of("5", "6")) + rnd.digits(8),
				"U.S. Department of State", issued);
	}

	/** A valid INN: the region's code, a tax office, a serial, the check digit(s); never Ромашка's. */
	private String inn(City city, boolean person) {
		for (;;) {
			String payload = city.innRegion() + Numbering.pad(rnd.between(1, 50), 2) + rnd.digits(person ? 6 : 5);
			String inn = Inn.withCheckDigits(payload);
			if (!inn.equals(WellKnown.ROMASHKA_INN)) {
				return inn;
			}
		}
	}

	private String ein() {
		return rnd.pick(Vocabulary.EIN_PREFIXES) + "-" + rnd.digits(7);
	}

	// ---- FLASH notes

	private List<NewFlashNote> flashNotes(Segment segment, Instant since) {
		int count = rnd.chance(0.85) ? 1 : 2;
		List<NewFlashNote> notes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Vocabulary.Note note = rnd.pick(segment.russian() ? Vocabulary.RU_FLASH_NOTES : Vocabulary.US_FLASH_NOTES);
			Tenancy.Signer author = rnd.pick(tenancy.signers(segment));
			Instant created = rnd.between(max(since, anchor.minus(DAY.multipliedBy(730))), anchor.minus(DAY));
			double x = rnd.unit();
			Instant expires;
			if (x < 0.3) {
				expires = rnd.between(created.plus(Duration.ofHours(1)), anchor.minus(Duration.ofHours(1)));
			}
			else if (x < 0.65) {
				expires = null;
			}
			else {
				expires = anchor.plus(DAY.multipliedBy(rnd.between(30, 365)));
			}
			notes.add(new NewFlashNote(ids.next(), note.text(), Severity.valueOf(note.severity()), author.id(),
					author.displayName(), created, expires));
		}
		return notes;
	}

	// ---- small helpers

	private static BigDecimal money(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
