package io.switchboard.demo.generator;

import io.switchboard.catalog.FeatureView;
import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.shared.Money;
import io.switchboard.shared.PaymentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The demo operator's catalog: twelve plans (US in dollars, Russian in roubles with Russian names;
 * prepaid and postpaid mobile, office VoIP, home internet) and the features (SOCs) lines carry. Fixed,
 * not random: agents learn the plan names, and lines refer to plans by code.
 */
final class Catalogue {

	private Catalogue() {
	}

	/** A plan: what lines are put on, and which customers may have it. */
	record Plan(String code, String name, String technicalName, LineType lineType, PaymentType paymentType,
			String fee, String currency, Integer minutes, Integer texts, Integer dataMb, int commitmentMonths,
			String earlyTerminationFee, boolean russian, boolean business) {

		PlanView view(UUID id) {
			return new PlanView(id, code, name, technicalName, lineType, paymentType, Money.of(fee, currency), minutes,
					texts, dataMb, commitmentMonths, Money.of(earlyTerminationFee, currency), true);
		}

		Money monthlyFee() {
			return Money.of(fee, currency);
		}
	}

	record Feature(String code, String name, String description, String price, String currency) {

		FeatureView view(UUID id) {
			return new FeatureView(id, code, name, description, Money.of(price, currency), true);
		}
	}

	static final List<Plan> PLANS = List.of(
			new Plan("US-PRE-BASIC", "Prepaid Basic 15", "PP_BASIC15_LTE", LineType.MOBILE, PaymentType.PREPAID,
					"15.00", "USD", 500, 1000, 2048, 0, "0", false, false),
			new Plan("US-PRE-UNL", "Prepaid Unlimited 40", "PP_UNL40_5G", LineType.MOBILE, PaymentType.PREPAID,
					"40.00", "USD", null, null, 15360, 0, "0", false, false),
			new Plan("US-POST-ESS", "Essentials 35", "PO_ESS35_5G", LineType.MOBILE, PaymentType.POSTPAID, "35.00",
					"USD", null, null, 10240, 12, "150.00", false, false),
			new Plan("US-POST-UNL", "Unlimited Plus 70", "PO_UNLPLUS70_5G", LineType.MOBILE, PaymentType.POSTPAID,
					"70.00", "USD", null, null, null, 24, "350.00", false, false),
			new Plan("US-BIZ-50", "Business Unlimited 50", "PO_BIZ50_5G", LineType.MOBILE, PaymentType.POSTPAID,
					"50.00", "USD", null, null, 30720, 24, "200.00", false, true),
			new Plan("US-VOIP-OFFICE", "Office Voice 25", "VOIP_OFFICE25", LineType.VOIP, PaymentType.POSTPAID,
					"25.00", "USD", 3000, 0, 0, 12, "100.00", false, false),
			new Plan("US-HOME-5G", "5G Home Internet 50", "FWA_HOME50", LineType.BROADBAND, PaymentType.POSTPAID,
					"50.00", "USD", 0, 0, null, 12, "100.00", false, false),
			new Plan("RU-PRE-START", "Старт", "PP_START_RU", LineType.MOBILE, PaymentType.PREPAID, "350.00", "RUB",
					300, 100, 5120, 0, "0", true, false),
			new Plan("RU-POST-OPTIMUM", "Оптимум", "PO_OPTIMUM_RU", LineType.MOBILE, PaymentType.POSTPAID, "650.00",
					"RUB", 800, 300, 30720, 12, "1500.00", true, false),
			new Plan("RU-POST-MAX", "Безлимит Макс", "PO_UNLIM_MAX_RU", LineType.MOBILE, PaymentType.POSTPAID,
					"1200.00", "RUB", null, null, null, 12, "3000.00", true, false),
			new Plan("RU-VOIP-OFFICE", "Офисная телефония", "VOIP_OFFICE_RU", LineType.VOIP, PaymentType.POSTPAID,
					"900.00", "RUB", 5000, 0, 0, 12, "2000.00", true, false),
			new Plan("RU-HOME-500", "Домашний интернет 500", "FTTH500_RU", LineType.BROADBAND, PaymentType.POSTPAID,
					"700.00", "RUB", 0, 0, null, 12, "1000.00", true, false));

	static final List<Feature> FEATURES = List.of(
			new Feature("VOICEMAIL", "Voicemail", "Voicemail box for 30 messages", "0", "USD"),
			new Feature("VVM", "Visual Voicemail", "Voicemail in the phone's app, with transcripts", "2.99", "USD"),
			new Feature("CALLERID", "Caller ID", "Shows the caller's number", "0", "USD"),
			new Feature("CNAM", "Caller Name ID", "Shows the caller's name for numbers not in contacts", "1.99", "USD"),
			new Feature("CALLWAIT", "Call Waiting", "A second call can wait while the first goes on", "0", "USD"),
			new Feature("CONF3", "Three-Way Calling", "Adds a third party to a call", "0", "USD"),
			new Feature("VOLTE", "HD Voice (VoLTE)", "Voice over LTE and 5G", "0", "USD"),
			new Feature("WIFICALL", "Wi-Fi Calling", "Calls and texts over Wi-Fi where the network is weak", "0", "USD"),
			new Feature("INTLROAM", "International Roaming", "Use abroad, billed by the roaming rate card", "0", "USD"),
			new Feature("INTLCALL", "World Calling 10", "Calls to landlines in 70 countries", "10.00", "USD"),
			new Feature("ROAMPASS", "TravelPass", "The plan's allowances abroad for a daily fee", "0", "USD"),
			new Feature("HOTSPOT10", "Mobile Hotspot 10 GB", "10 GB a month for tethering", "10.00", "USD"),
			new Feature("INSURE", "Device Protection", "Loss, theft and damage cover for the handset", "15.00", "USD"),
			new Feature("NUMLOCK", "Number Lock", "No port-out or SIM change without the account PIN", "0", "USD"),
			new Feature("SPAMBLK", "Scam Shield Premium", "Blocks suspected scam calls", "4.00", "USD"),
			new Feature("DATABLOCK", "Data Block", "Blocks mobile data, e.g. on a child's line", "0", "USD"),
			new Feature("PREMSMSBLK", "Premium SMS Block", "Blocks premium-rate text subscriptions", "0", "USD"),
			new Feature("STATICIP", "Static IP Address", "A fixed public IPv4 address", "10.00", "USD"),
			new Feature("RU_ROAMING", "Международный роуминг", "Связь за границей по тарифам роуминга", "0", "RUB"),
			new Feature("RU_WHO_CALLED", "Кто звонил+", "SMS о пропущенных вызовах", "45.00", "RUB"),
			new Feature("RU_ANTISPAM", "Защитник от спама", "Блокировка спам-звонков", "60.00", "RUB"),
			new Feature("RU_BEEP", "Мелодия вместо гудка", "Мелодия для звонящих", "75.00", "RUB"),
			new Feature("RU_STATIC_IP", "Статический IP-адрес", "Постоянный внешний IPv4-адрес", "200.00", "RUB"));

	private static final Map<String, Plan> PLANS_BY_CODE = new LinkedHashMap<>();
	private static final Map<String, Feature> FEATURES_BY_CODE = new LinkedHashMap<>();

	static {
		PLANS.forEach(p -> PLANS_BY_CODE.put(p.code(), p));
		FEATURES.forEach(f -> FEATURES_BY_CODE.put(f.code(), f));
	}

	static Plan plan(String code) {
		Plan plan = PLANS_BY_CODE.get(code);
		if (plan == null) {
			throw new IllegalArgumentException("no such demo plan: " + code);
		}
		return plan;
	}

	static Feature feature(String code) {
		Feature feature = FEATURES_BY_CODE.get(code);
		if (feature == null) {
			throw new IllegalArgumentException("no such demo feature: " + code);
		}
		return feature;
	}

	/**
	 * The plans a line may be on: the customer's country, the account's payment type, the line's type;
	 * business plans only for organisations.
	 */
	static List<Plan> plansFor(boolean russian, PaymentType paymentType, LineType lineType, boolean organisation) {
		List<Plan> found = new ArrayList<>();
		for (Plan plan : PLANS) {
			if (plan.russian() == russian && plan.paymentType() == paymentType && plan.lineType() == lineType
					&& (organisation || !plan.business())) {
				found.add(plan);
			}
		}
		return found;
	}

	/** Features every line of the kind carries, then the ones some add. */
	static List<String> baseFeatures(boolean russian, LineType type) {
		return switch (type) {
			case MOBILE -> russian ? List.of("VOICEMAIL", "CALLERID") : List.of("VOICEMAIL", "CALLERID", "VOLTE");
			case VOIP -> List.of("VOICEMAIL", "CALLERID");
			case BROADBAND -> List.of();
		};
	}

	static List<String> optionalFeatures(boolean russian, LineType type) {
		return switch (type) {
			case MOBILE -> russian
					? List.of("RU_WHO_CALLED", "RU_ANTISPAM", "RU_BEEP", "RU_ROAMING", "CALLWAIT", "CONF3", "VOLTE")
					: List.of("WIFICALL", "VVM", "CNAM", "CALLWAIT", "CONF3", "INTLROAM", "INTLCALL", "HOTSPOT10",
							"INSURE", "NUMLOCK", "SPAMBLK", "DATABLOCK", "PREMSMSBLK", "ROAMPASS");
			case VOIP -> russian ? List.of("CONF3", "CALLWAIT") : List.of("CONF3", "CALLWAIT", "INTLCALL");
			case BROADBAND -> russian ? List.of("RU_STATIC_IP") : List.of("STATICIP");
		};
	}

	static List<PlanView> planViews(Supplier<UUID> ids) {
		return PLANS.stream().map(p -> p.view(ids.get())).toList();
	}

	static List<FeatureView> featureViews(Supplier<UUID> ids) {
		return FEATURES.stream().map(f -> f.view(ids.get())).toList();
	}
}
