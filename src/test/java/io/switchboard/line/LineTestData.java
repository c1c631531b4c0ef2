package io.switchboard.line;

import static io.switchboard.customer.CustomerFixtures.aNewCustomer;
import static io.switchboard.customer.CustomerFixtures.anAccount;

import io.switchboard.balance.BalanceImport;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.catalog.FeatureView;
import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewCarePin;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.line.LineImport.FeatureEvent;
import io.switchboard.line.LineImport.LineUser;
import io.switchboard.line.LineImport.NewDevice;
import io.switchboard.line.LineImport.NewFeature;
import io.switchboard.line.LineImport.NewLine;
import io.switchboard.line.LineImport.NewSim;
import io.switchboard.line.LineImport.PlanPeriod;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerApi.NewPartner;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Luhn;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates what a test needs through the import APIs, with numbers of its own (random, in ranges the
 * demo operator does not use), so tests never collide with the demo data or with each other.
 */
public class LineTestData {

	public static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

	private final PartnerApi partners;
	private final CustomerImport customers;
	private final CatalogApi catalog;
	private final LineImport lines;
	private final BalanceImport balances;
	private final TransactionTemplate transactions;

	public LineTestData(PartnerApi partners, CustomerImport customers, CatalogApi catalog, LineImport lines,
			BalanceImport balances, TransactionTemplate transactions) {
		this.partners = partners;
		this.customers = customers;
		this.catalog = catalog;
		this.lines = lines;
		this.balances = balances;
		this.transactions = transactions;
	}

	public PartnerView partner(PartnerType type, UUID parentId) {
		String code = "LT" + digits(10);
		return partners.create(new NewPartner(Ids.next(), code, "Line tests " + code, type, parentId,
				List.of("US", "RU"), "USD", "America/New_York"));
	}

	public PlanView plan(String name, String technicalName) {
		return catalog.addPlan(new PlanView(Ids.next(), "LTP" + digits(9), name, technicalName, LineType.MOBILE,
				PaymentType.PREPAID, Money.of("25.00", "USD"), 500, 1000, 10240, 0, Money.zero("USD"), true));
	}

	public FeatureView feature(String name) {
		return catalog.addFeature(new FeatureView(Ids.next(), "LTF" + digits(9), name, name, Money.of("2.00", "USD"),
				true));
	}

	/** A customer with one billing account; answers its id, number and account. */
	public Holder customer(UUID partnerId, String firstName, String lastName) {
		return customer(partnerId, firstName, lastName, null);
	}

	/** A customer born on 17 May 1980, with a passport of this number on file (none when null). */
	public Holder customer(UUID partnerId, String firstName, String lastName, String passportNumber) {
		UUID id = Ids.next();
		UUID accountId = Ids.next();
		String number = "7" + digits(8);
		String accountNumber = "LT" + digits(8);
		String contract = "LT-" + digits(6);
		var builder = aNewCustomer().withId(id).numbered(number).named(firstName, lastName).ofPartner(partnerId)
			.bornOn(LocalDate.of(1980, 5, 17)).speaking("en").customerSince(T0)
			.withAccount(anAccount().withId(accountId).numbered(accountNumber)
				.underContract(contract, LocalDate.of(2024, 3, 15)).inBranch("Test branch").prepaid().build());
		if (passportNumber != null) {
			builder.withPassport(null, passportNumber, "Test issuer", LocalDate.of(2020, 1, 2));
		}
		NewCustomer customer = builder.build();
		transactions.executeWithoutResult(tx -> customers.importCustomers(List.of(customer)));
		return new Holder(id, number, accountId, accountNumber, contract);
	}

	/** Gives the customer a care PIN. */
	public void carePin(Holder holder, String pin) {
		transactions.executeWithoutResult(tx -> customers.importCarePins(List.of(new NewCarePin(holder.customerId(),
				pin, T0, "test"))));
	}

	public LineBuilder line(Holder holder, String planCode) {
		return new LineBuilder(holder, planCode);
	}

	public void balances(BalanceImport.NewLineBalances balances) {
		transactions.executeWithoutResult(tx -> this.balances.importBalances(List.of(balances)));
	}

	/** A US mobile number no demo customer has: +1 212 2xx-xxxx. */
	public static String usNumber() {
		return "+12122" + digits(6);
	}

	public static String iccid() {
		String payload = "89" + digits(16);
		return payload + Luhn.checkDigit(payload);
	}

	public static String imei() {
		String payload = "35" + digits(12);
		return payload + Luhn.checkDigit(payload);
	}

	static String digits(int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append(ThreadLocalRandom.current().nextInt(10));
		}
		return s.toString();
	}

	public record Holder(UUID customerId, String customerNumber, UUID accountId, String accountNumber,
			String contractNumber) {
	}

	/** A line in the care words tests speak: active with a SIM and a handset unless told otherwise. */
	public final class LineBuilder {

		private final Holder holder;
		private final String planCode;
		private final UUID id = Ids.next();
		private String mdn = usNumber();
		private LineStatus status = LineStatus.ACTIVE;
		private String reason;
		private String iccid = LineTestData.iccid();
		private String imei = LineTestData.imei();
		private String[] codes = { "1234", "12345678", "5678", "87654321" };
		private String password = "s3cret-Pass";
		private LineUser user;
		private final List<NewFeature> features = new ArrayList<>();
		private final List<FeatureEvent> featureHistory = new ArrayList<>();
		private final List<PlanPeriod> planHistory = new ArrayList<>();
		private boolean withSim = true;
		private boolean withDevice = true;
		/** A carrier the demo's OCS serves (application-demo.yaml), so the line offers "View OCS CSR". */
		private String carrier = "Switchboard Mobile";
		private String changedBy = "anna.agent";

		LineBuilder(Holder holder, String planCode) {
			this.holder = holder;
			this.planCode = planCode;
		}

		public LineBuilder mdn(String mdn) {
			this.mdn = mdn;
			return this;
		}

		public LineBuilder status(LineStatus status, String reason) {
			this.status = status;
			this.reason = reason;
			return this;
		}

		public LineBuilder iccid(String iccid) {
			this.iccid = iccid;
			return this;
		}

		public LineBuilder imei(String imei) {
			this.imei = imei;
			return this;
		}

		public LineBuilder carrier(String carrier) {
			this.carrier = carrier;
			return this;
		}

		/** Who (by login) changed the plan and features: the histories' actor. */
		public LineBuilder changedBy(String login) {
			this.changedBy = login;
			return this;
		}

		public LineBuilder noSim() {
			this.withSim = false;
			return this;
		}

		public LineBuilder noDevice() {
			this.withDevice = false;
			return this;
		}

		public LineBuilder user(LineUser user) {
			this.user = user;
			return this;
		}

		public LineBuilder feature(String code, FeatureStatus status) {
			features.add(new NewFeature(Ids.next(), code, status, T0, null));
			featureHistory.add(new FeatureEvent(Ids.next(), code, FeatureAction.ADD,
					status == FeatureStatus.FAILED ? OperationStatus.FAILED : OperationStatus.COMPLETED, T0, changedBy));
			return this;
		}

		public LineBuilder previousPlan(String code) {
			planHistory.add(new PlanPeriod(Ids.next(), code, T0.minusSeconds(86_400 * 90), T0.minusSeconds(86_400 * 10),
					"system"));
			planHistory.add(new PlanPeriod(Ids.next(), planCode, T0.minusSeconds(86_400 * 10), null, changedBy));
			return this;
		}

		public UUID save() {
			NewSim sim = withSim ? new NewSim(Ids.next(), iccid, "310150" + digits(9), codes[0], codes[1], codes[2],
					codes[3], "HLR-NYC-02", T0) : null;
			NewDevice device = withDevice ? new NewDevice(Ids.next(), imei, Imei.Kind.IMEI, "Apple", "iPhone 15", T0)
					: null;
			NewLine line = new NewLine(id, holder.customerId(), holder.accountId(), LineType.MOBILE, mdn, carrier,
					status, reason, T0, T0, planCode, T0.minusSeconds(86_400 * 10), Money.of("31.40", "USD"),
					"user" + digits(5), password, "+12125550100", true, user, sim, device, features, planHistory,
					featureHistory, T0, "test");
			transactions.executeWithoutResult(tx -> lines.importLines(List.of(line)));
			return id;
		}
	}
}
