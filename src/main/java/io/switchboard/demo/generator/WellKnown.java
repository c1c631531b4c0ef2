package io.switchboard.demo.generator;

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
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
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
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The three customers the documentation, the tests and the training scripts refer to, always present
 * with exactly these values: Jane Q. Doe of the MVNO, ООО «Ромашка» of the operator, and Carlos Mendes
 * of Bluewave Wireless. Their sign-up dates are fixed (their contract numbers carry the year); the rest
 * of their history follows the anchor day like everyone else's; their identifiers lie
 * outside every generated range (see {@link Numbering}).
 */
final class WellKnown {

	static final String JANE_MDN = "+12025550143";
	static final String JANE_IMEI = "356938035643809";
	static final String JANE_ICCID = "89014103211118510720";
	static final String ROMASHKA_INN = "7709123453";
	static final String ROMASHKA_ACTIVE_MDN = "+79161234567";
	static final String ROMASHKA_SUSPENDED_MDN = "+79167654321";
	static final String CARLOS_MDN = "+13055550199";

	private static final Duration DAY = Duration.ofDays(1);

	private final long seed;
	private final SeededIds ids;
	/** Keys of rows added after the first release of the demo, so that the keys above stay as they were. */
	private final SeededIds laterIds;
	private final Tenancy tenancy;
	private final LocalDate anchorDate;
	private final Instant anchor;

	private final List<NewCustomer> customers = new ArrayList<>();
	private final List<NewLine> lines = new ArrayList<>();
	private final List<NewLineBalances> balances = new ArrayList<>();

	WellKnown(long seed, Tenancy tenancy, LocalDate anchorDate) {
		this.seed = seed;
		this.ids = new SeededIds(seed, 1);
		this.laterIds = new SeededIds(Seeds.of(seed, 0xCA11), 1);
		this.tenancy = tenancy;
		this.anchorDate = anchorDate;
		this.anchor = anchorDate.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Chunk generate() {
		jane();
		romashka();
		carlos();
		return new Chunk(Chunk.WELL_KNOWN, customers, lines, balances, interactions());
	}

	/** Their past contacts, all wrapped up, newest a few days before the anchor day. */
	private List<io.switchboard.interaction.InteractionImport.ImportedInteraction> interactions() {
		NewCustomer jane = customers.get(0);
		NewCustomer romashka = customers.get(1);
		NewCustomer carlos = customers.get(2);
		return new InteractionHistory(seed, 1, tenancy, anchor)
			.scripted(jane, Channel.PHONE, Direction.IN, 96, "Bill question", "RESOLVED",
					"Asked about a charge for international texts; explained it and the add-on that avoids it.")
			.scripted(jane, Channel.CHAT, Direction.IN, 41, "Mobile data problem", "TRANSFERRED",
					"Data slow downtown since the weekend. Checked the line and the device; raised it with the network team.")
			.scripted(jane, Channel.PHONE, Direction.OUT, 39, "Mobile data problem", "RESOLVED",
					"Called back: the cell site was repaired; data speed confirmed normal with the customer.")
			.scripted(jane, Channel.EMAIL, Direction.IN, 6, "Plan or feature change", "INFO_GIVEN",
					"Asked whether a bigger data plan would lower the bill; sent the comparison.")
			.scripted(romashka, Channel.PHONE, Direction.IN, 58, "Вопрос по счёту", "RESOLVED",
					"Бухгалтерия запросила закрывающие документы за квартал; отправлены на e-mail.")
			.scripted(romashka, Channel.PHONE, Direction.IN, 8, "Блокировка или восстановление номера", "CALLBACK",
					"Номер +7 916 765-43-21 заблокирован как утерянный; директор говорит, что телефон нашёлся. "
							+ "Перезвоним директору, чтобы подтвердить восстановление.")
			.scripted(carlos, Channel.STORE, Direction.IN, 23, "SIM or device problem", "RESOLVED",
					"SIM damaged; replaced in store and moved the number to the new SIM.")
			.scripted(carlos, Channel.SMS, Direction.OUT, 3, "Payment or top-up", "NO_ACTION",
					"Reminder that the prepaid balance is running low.")
			.interactions();
	}

	/**
	 * An MVNO customer with one postpaid line, 10 GB of data (part used), and one FLASH note. Her husband
	 * John is an authorised user of the account: he may call for her, and proves it with her care PIN.
	 */
	private void jane() {
		Tenancy.Signer signer = tenancy.signers(Segment.MVNO).getFirst();
		UUID customerId = ids.next();
		Instant since = LocalDate.of(2023, 8, 14).atTime(19, 12).toInstant(ZoneOffset.UTC);
		NewAccount account = new NewAccount(ids.next(), "1000001", "C-2023-000001", ContractType.CONSUMER,
				date(since), "Nimbus online", PaymentType.POSTPAID, 5, AccountStatus.ACTIVE, Money.of("0", "USD"),
				null);
		List<NewContact> contacts = List.of(
				phone(ContactPurpose.MOBILE, JANE_MDN),
				email(ContactPurpose.HOME, "jane.doe@example.com"),
				new NewContact(ids.next(), ContactMediumType.POSTAL, ContactPurpose.HOME, true, null, null,
						"1600 Maple Avenue NW, Apt 4B", "Washington", "DC", "20009", "US"));
		NewFlashNote note = new NewFlashNote(ids.next(),
				"Reported a lost phone last month: verify the account PIN before any SIM change or port-out.",
				Severity.WARNING, signer.id(), signer.displayName(), days(34), null);
		customers.add(new NewCustomer(customerId, "100001", CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE,
				tenancy.partnerId(DemoPartner.MVNO), signer.id(), "Jane", "Q.", "Doe", null, LocalDate.of(1986, 4, 12),
				null, null, "en", since, signer.username(),
				List.of(new NewDocument(ids.next(), "PASSPORT", null, "567812340", "U.S. Department of State",
						LocalDate.of(2019, 6, 3))),
				contacts,
				List.of(new NewRelatedParty(laterIds.next(), PartyRole.AUTHORISED_USER, "John A. Doe", "+12025550178",
						"john.doe@example.com")),
				List.of(account), List.of(note)));

		Instant activated = since.plus(Duration.ofMinutes(40));
		Instant downgraded = days(200);
		NewLine line = new NewLine(ids.next(), customerId, account.id(), LineType.MOBILE, JANE_MDN, "Switchboard Mobile",
				LineStatus.ACTIVE, null, activated, activated, "US-POST-ESS", downgraded, Money.of("38.99", "USD"), null,
				null, null, false, null,
				new NewSim(ids.next(), JANE_ICCID, "310410123456789", "1234", "12345678", "5678", "87654321",
						"HLR-NYC-01", activated),
				new NewDevice(ids.next(), JANE_IMEI, Imei.Kind.IMEI, "Apple", "iPhone 15", days(120)),
				List.of(feature("VOICEMAIL", activated), feature("CALLERID", activated), feature("VOLTE", activated),
						feature("WIFICALL", days(300)),
						new NewFeature(ids.next(), "INTLROAM", FeatureStatus.REMOVED, days(420), days(395))),
				List.of(new PlanPeriod(ids.next(), "US-POST-UNL", activated, downgraded, signer.username()),
						new PlanPeriod(ids.next(), "US-POST-ESS", downgraded, null, "self-service")),
				List.of(event("VOICEMAIL", FeatureAction.ADD, activated, "system"),
						event("CALLERID", FeatureAction.ADD, activated, "system"),
						event("VOLTE", FeatureAction.ADD, activated, "system"),
						event("WIFICALL", FeatureAction.ADD, days(300), signer.username()),
						event("INTLROAM", FeatureAction.ADD, days(420), signer.username()),
						event("INTLROAM", FeatureAction.REMOVE, days(395), "self-service")),
				since, signer.username());
		lines.add(line);
		BillPeriod period = BillPeriod.of(anchorDate, account.billCycleDay());
		balances.add(new NewLineBalances(line.id(), null, null, List.of(),
				List.of(bucket(BucketType.MINUTES, "MIN", null, 412, period, "US-POST-ESS"),
						bucket(BucketType.TEXTS, "SMS", null, 236, period, "US-POST-ESS"),
						bucket(BucketType.DATA, "MB", 10_240L, 6_758, period, "US-POST-ESS")),
				List.of(), anchor.minus(Duration.ofMinutes(17))));
	}

	/** The operator's own business customer in Moscow: two lines, one suspended after a lost phone. */
	private void romashka() {
		Tenancy.Signer signer = tenancy.signers(Segment.OPERATOR_RU).getFirst();
		UUID customerId = ids.next();
		UUID director = ids.next();
		Instant since = LocalDate.of(2024, 2, 15).atTime(10, 30).toInstant(ZoneOffset.ofHours(3));
		NewAccount account = new NewAccount(ids.next(), "1000002", "Д-2024-0001", ContractType.BUSINESS,
				LocalDate.of(2024, 2, 15), "Москва, Тверская 15", PaymentType.POSTPAID, 1, AccountStatus.ACTIVE,
				Money.of("4850.00", "RUB"), director);
		List<NewContact> contacts = List.of(
				phone(ContactPurpose.WORK, "+74951234567"),
				email(ContactPurpose.WORK, "office.romashka@example.org"),
				new NewContact(ids.next(), ContactMediumType.POSTAL, ContactPurpose.BILLING, true, null, null,
						"ул. Тверская, д. 7, офис 301", "Москва", "г. Москва", "125009", "RU"));
		List<NewRelatedParty> parties = List.of(
				new NewRelatedParty(director, PartyRole.PRIMARY, "Петров Сергей Иванович", "+79035550011",
						"s.petrov.romashka@example.org"),
				new NewRelatedParty(ids.next(), PartyRole.BILLING_CONTACT, "Кузнецова Анна Викторовна", "+74951234568",
						"buh.romashka@example.org"));
		customers.add(new NewCustomer(customerId, "100002", CustomerType.ORGANISATION, CustomerStatus.ACTIVE,
				tenancy.partnerId(DemoPartner.OPERATOR), signer.id(), null, null, null, "ООО «Ромашка»", null,
				ROMASHKA_INN, TaxIdType.INN, "ru", since, signer.username(), List.of(), contacts, parties,
				List.of(account), List.of()));

		Instant activated = since.plus(Duration.ofHours(2));
		Instant suspended = days(9).plus(Duration.ofHours(8));
		NewLine active = new NewLine(ids.next(), customerId, account.id(), LineType.MOBILE, ROMASHKA_ACTIVE_MDN,
				"Switchboard Mobile RU", LineStatus.ACTIVE, null, activated, activated, "RU-POST-MAX", activated,
				Money.of("1320.00", "RUB"), null, null, null, false,
				new LineUser("Петров Сергей Иванович", LocalDate.of(1974, 11, 3), null, null,
						"s.petrov.romashka@example.org", null, "Генеральный директор"),
				new NewSim(ids.next(), "89701990000000000017", "250990000000013", "4821", "73019264", "1957",
						"60428173", "HLR-MSK-01", activated),
				new NewDevice(ids.next(), "350951750012346", Imei.Kind.IMEI, "Samsung", "Galaxy S24 Ultra", activated),
				List.of(feature("VOICEMAIL", activated), feature("CALLERID", activated),
						feature("RU_ANTISPAM", activated)),
				List.of(new PlanPeriod(ids.next(), "RU-POST-MAX", activated, null, signer.username())),
				List.of(event("VOICEMAIL", FeatureAction.ADD, activated, "system"),
						event("CALLERID", FeatureAction.ADD, activated, "system"),
						event("RU_ANTISPAM", FeatureAction.ADD, activated, signer.username())),
				since, signer.username());
		NewLine lost = new NewLine(ids.next(), customerId, account.id(), LineType.MOBILE, ROMASHKA_SUSPENDED_MDN,
				"Switchboard Mobile RU", LineStatus.SUSPENDED, "Утеря телефона", suspended, activated,
				"RU-POST-OPTIMUM", activated, Money.of("650.00", "RUB"), null, null, null, false,
				new LineUser("Смирнов Алексей Петрович", LocalDate.of(1991, 6, 18), null, "+79035550012", null, null,
						"Менеджер по продажам; телефон утерян, блокировка по звонку директора"),
				new NewSim(ids.next(), "89701990000000000025", "250990000000021", "3390", "51826647", "2284",
						"91736205", "HLR-MSK-01", activated),
				new NewDevice(ids.next(), "864401070012344", Imei.Kind.IMEI, "Xiaomi", "14", activated),
				List.of(feature("VOICEMAIL", activated), feature("CALLERID", activated)),
				List.of(new PlanPeriod(ids.next(), "RU-POST-OPTIMUM", activated, null, signer.username())),
				List.of(event("VOICEMAIL", FeatureAction.ADD, activated, "system"),
						event("CALLERID", FeatureAction.ADD, activated, "system")),
				since, signer.username());
		lines.add(active);
		lines.add(lost);
		BillPeriod period = BillPeriod.of(anchorDate, account.billCycleDay());
		balances.add(new NewLineBalances(active.id(), null, null, List.of(),
				List.of(bucket(BucketType.MINUTES, "MIN", null, 655, period, "RU-POST-MAX"),
						bucket(BucketType.TEXTS, "SMS", null, 41, period, "RU-POST-MAX"),
						bucket(BucketType.DATA, "MB", null, 18_204, period, "RU-POST-MAX")),
				List.of(), anchor.minus(Duration.ofMinutes(5))));
		balances.add(new NewLineBalances(lost.id(), null, null, List.of(),
				List.of(bucket(BucketType.MINUTES, "MIN", 800L, 312, period, "RU-POST-OPTIMUM"),
						bucket(BucketType.TEXTS, "SMS", 300L, 18, period, "RU-POST-OPTIMUM"),
						bucket(BucketType.DATA, "MB", 30_720L, 9_411, period, "RU-POST-OPTIMUM")),
				List.of(), suspended));
	}

	/** A prepaid customer of the reseller Bluewave Wireless in Miami. */
	private void carlos() {
		Tenancy.Signer signer = tenancy.signers(Segment.BLUEWAVE).getFirst();
		UUID customerId = ids.next();
		Instant since = LocalDate.of(2024, 3, 2).atTime(21, 40).toInstant(ZoneOffset.UTC);
		NewAccount account = new NewAccount(ids.next(), "1000003", "C-2024-000001", ContractType.CONSUMER, date(since),
				"Bluewave, Miami Calle Ocho", PaymentType.PREPAID, 18, AccountStatus.ACTIVE, Money.of("0", "USD"),
				null);
		customers.add(new NewCustomer(customerId, "100003", CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE,
				tenancy.partnerId(DemoPartner.BLUEWAVE), signer.id(), "Carlos", null, "Mendes", null,
				LocalDate.of(1979, 9, 21), null, null, "en", since, signer.username(),
				List.of(new NewDocument(ids.next(), "PASSPORT", null, "548812306", "U.S. Department of State",
						LocalDate.of(2021, 2, 11))),
				List.of(phone(ContactPurpose.MOBILE, CARLOS_MDN), email(ContactPurpose.HOME, "carlos.mendes@example.net"),
						new NewContact(ids.next(), ContactMediumType.POSTAL, ContactPurpose.HOME, true, null, null,
								"2150 SW 8th Street", "Miami", "FL", "33135", "US")),
				List.of(), List.of(account), List.of()));
		Instant activated = since.plus(Duration.ofMinutes(25));
		NewLine line = new NewLine(ids.next(), customerId, account.id(), LineType.MOBILE, CARLOS_MDN,
				"Switchboard Mobile", LineStatus.ACTIVE, null, activated, activated, "US-PRE-UNL", activated,
				Money.of("40.00", "USD"), null, null, null, false, null,
				new NewSim(ids.next(), "89014109990000001237", "310410990000123", "0918", "44271906", "7730",
						"18264093", "HLR-ATL-01", activated),
				new NewDevice(ids.next(), "352099180003218", Imei.Kind.IMEI, "Samsung", "Galaxy A15 5G", activated),
				List.of(feature("VOICEMAIL", activated), feature("CALLERID", activated), feature("VOLTE", activated)),
				List.of(new PlanPeriod(ids.next(), "US-PRE-UNL", activated, null, signer.username())),
				List.of(event("VOICEMAIL", FeatureAction.ADD, activated, "system"),
						event("CALLERID", FeatureAction.ADD, activated, "system"),
						event("VOLTE", FeatureAction.ADD, activated, "system")),
				since, signer.username());
		lines.add(line);
		BillPeriod period = BillPeriod.of(anchorDate, account.billCycleDay());
		balances.add(new NewLineBalances(line.id(), Money.of("23.50", "USD"), anchor.plus(DAY.multipliedBy(25)),
				List.of(new NewAdditional(ids.next(), "Bonus top-up credit", Money.of("5.00", "USD"),
						anchor.plus(DAY.multipliedBy(12)))),
				List.of(bucket(BucketType.MINUTES, "MIN", null, 287, period, "US-PRE-UNL"),
						bucket(BucketType.TEXTS, "SMS", null, 510, period, "US-PRE-UNL"),
						bucket(BucketType.DATA, "MB", 15_360L, 14_902, period, "US-PRE-UNL")),
				List.of(), anchor.minus(Duration.ofMinutes(42))));
	}

	private NewContact phone(ContactPurpose purpose, String number) {
		return new NewContact(ids.next(), ContactMediumType.PHONE, purpose, true, number, null, null, null, null, null,
				null);
	}

	private NewContact email(ContactPurpose purpose, String address) {
		return new NewContact(ids.next(), ContactMediumType.EMAIL, purpose, false, null, address, null, null, null,
				null, null);
	}

	private NewFeature feature(String code, Instant activated) {
		return new NewFeature(ids.next(), code, FeatureStatus.ACTIVE, activated, null);
	}

	private FeatureEvent event(String code, FeatureAction action, Instant at, String actor) {
		return new FeatureEvent(ids.next(), code, action, OperationStatus.COMPLETED, at, actor);
	}

	private NewBucket bucket(BucketType type, String unit, Long allowance, long used, BillPeriod period, String plan) {
		return new NewBucket(ids.next(), type, unit, allowance, used, period.start(), period.end(), "PLAN " + plan);
	}

	private Instant days(int ago) {
		return anchor.minus(DAY.multipliedBy(ago));
	}

	private static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}
}
