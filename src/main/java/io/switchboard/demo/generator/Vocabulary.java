package io.switchboard.demo.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed vocabulary of the demo operator that Datafaker does not know: US metros with their area
 * codes, Russian cities with their regions, passport offices and codes, handsets with their type
 * allocation codes (the first eight digits of an IMEI), and the words care agents write in FLASH notes.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/** A US metro: where a customer lives, from the area code of their number. */
	record Metro(String city, String state, String zipPrefix, List<String> areaCodes) {
	}

	static final List<Metro> METROS = List.of(
			new Metro("New York", "NY", "100", List.of("212", "646", "917", "718", "347")),
			new Metro("Los Angeles", "CA", "900", List.of("213", "310", "323", "424", "818")),
			new Metro("Chicago", "IL", "606", List.of("312", "773", "872")),
			new Metro("Houston", "TX", "770", List.of("713", "281", "832")),
			new Metro("Phoenix", "AZ", "850", List.of("602", "480", "623")),
			new Metro("Philadelphia", "PA", "191", List.of("215", "267")),
			new Metro("San Antonio", "TX", "782", List.of("210")),
			new Metro("San Diego", "CA", "921", List.of("619", "858")),
			new Metro("Dallas", "TX", "752", List.of("214", "469", "972")),
			new Metro("Miami", "FL", "331", List.of("305", "786")),
			new Metro("Orlando", "FL", "328", List.of("407", "321")),
			new Metro("Tampa", "FL", "336", List.of("813")),
			new Metro("Jacksonville", "FL", "322", List.of("904")),
			new Metro("Atlanta", "GA", "303", List.of("404", "470", "678", "770")),
			new Metro("Seattle", "WA", "981", List.of("206", "425")),
			new Metro("Boston", "MA", "021", List.of("617", "857")),
			new Metro("Denver", "CO", "802", List.of("303", "720")),
			new Metro("Washington", "DC", "200", List.of("202")),
			new Metro("Detroit", "MI", "482", List.of("313")),
			new Metro("Minneapolis", "MN", "554", List.of("612")),
			new Metro("Portland", "OR", "972", List.of("503", "971")),
			new Metro("Las Vegas", "NV", "891", List.of("702", "725")),
			new Metro("Charlotte", "NC", "282", List.of("704", "980")),
			new Metro("Nashville", "TN", "372", List.of("615", "629")),
			new Metro("Columbus", "OH", "432", List.of("614")),
			new Metro("Austin", "TX", "787", List.of("512", "737")),
			new Metro("Baltimore", "MD", "212", List.of("410", "443")),
			new Metro("San Francisco", "CA", "941", List.of("415", "628")),
			new Metro("Salt Lake City", "UT", "841", List.of("801", "385")),
			new Metro("Kansas City", "MO", "641", List.of("816")));

	static final Map<String, Metro> METRO_BY_AREA_CODE;

	static {
		Map<String, Metro> byAreaCode = new HashMap<>();
		for (Metro metro : METROS) {
			for (String code : metro.areaCodes()) {
				if (byAreaCode.put(code, metro) != null) {
					throw new IllegalStateException("area code in two metros: " + code);
				}
			}
		}
		METRO_BY_AREA_CODE = Map.copyOf(byAreaCode);
	}

	/**
	 * A Russian city: its region, postcodes, landline code, the OKATO code that opens passport series
	 * issued there, the region code that opens INNs, and the passport office.
	 */
	record City(String name, String region, String postcodePrefix, String landlineCode, String okato, String innRegion,
			String passportDivision, String passportOffice) {
	}

	static final List<City> RU_CITIES = List.of(
			new City("Москва", "г. Москва", "12", "495", "45", "77", "770", "ГУ МВД России по г. Москве"),
			new City("Санкт-Петербург", "г. Санкт-Петербург", "19", "812", "40", "78", "780",
					"ГУ МВД России по г. Санкт-Петербургу и Ленинградской области"),
			new City("Новосибирск", "Новосибирская область", "630", "383", "50", "54", "540",
					"ГУ МВД России по Новосибирской области"),
			new City("Екатеринбург", "Свердловская область", "620", "343", "65", "66", "660",
					"ГУ МВД России по Свердловской области"),
			new City("Казань", "Республика Татарстан", "420", "843", "92", "16", "160", "МВД по Республике Татарстан"),
			new City("Нижний Новгород", "Нижегородская область", "603", "831", "22", "52", "520",
					"ГУ МВД России по Нижегородской области"),
			new City("Самара", "Самарская область", "443", "846", "36", "63", "630",
					"ГУ МВД России по Самарской области"),
			new City("Ростов-на-Дону", "Ростовская область", "344", "863", "60", "61", "610",
					"ГУ МВД России по Ростовской области"),
			new City("Краснодар", "Краснодарский край", "350", "861", "03", "23", "230",
					"ГУ МВД России по Краснодарскому краю"),
			new City("Воронеж", "Воронежская область", "394", "473", "20", "36", "360",
					"ГУ МВД России по Воронежской области"),
			new City("Уфа", "Республика Башкортостан", "450", "347", "80", "02", "020",
					"МВД по Республике Башкортостан"),
			new City("Пермь", "Пермский край", "614", "342", "57", "59", "590", "ГУ МВД России по Пермскому краю"));

	/** How often each city appears for the operator's own Russian customers (Moscow and St Petersburg lead). */
	static final double[] RU_CITY_WEIGHTS_OPERATOR = { 40, 20, 5, 5, 4, 4, 4, 4, 4, 3, 4, 3 };

	/** The Russian reseller works in the Volga region. */
	static final double[] RU_CITY_WEIGHTS_RESELLER = { 4, 2, 1, 2, 40, 8, 25, 1, 1, 1, 12, 3 };

	/** Moscow has a second landline code. */
	static final List<String> RU_LANDLINE_CODES = List.of("495", "499", "812", "383", "343", "843", "831", "846",
			"863", "861", "473", "347", "342");

	/** A handset or gateway model and the type allocation codes its IMEIs start with. */
	record Model(String make, String model, List<String> tacs) {
	}

	static final List<Model> US_HANDSETS = List.of(
			new Model("Apple", "iPhone 15 Pro", List.of("35118635", "35118735")),
			new Model("Apple", "iPhone 15", List.of("35468715", "35468815")),
			new Model("Apple", "iPhone 14", List.of("35321816", "35321916")),
			new Model("Apple", "iPhone 13", List.of("35268911")),
			new Model("Apple", "iPhone SE (3rd generation)", List.of("35667811")),
			new Model("Samsung", "Galaxy S24", List.of("35049436", "35049536")),
			new Model("Samsung", "Galaxy S23", List.of("35083954")),
			new Model("Samsung", "Galaxy A54 5G", List.of("35192872")),
			new Model("Samsung", "Galaxy A15 5G", List.of("35676825")),
			new Model("Google", "Pixel 8", List.of("35776915")),
			new Model("Google", "Pixel 7a", List.of("35317658")),
			new Model("Motorola", "moto g power 5G (2024)", List.of("35930211")),
			new Model("Motorola", "moto g stylus 5G", List.of("35843512")),
			new Model("OnePlus", "OnePlus 12", List.of("86285606")));

	static final List<Model> RU_HANDSETS = List.of(
			new Model("Apple", "iPhone 15", List.of("35468915")),
			new Model("Apple", "iPhone 13", List.of("35269011")),
			new Model("Samsung", "Galaxy A55", List.of("35071248")),
			new Model("Samsung", "Galaxy S23", List.of("35084054")),
			new Model("Xiaomi", "Redmi Note 13", List.of("86730207", "86730307")),
			new Model("Xiaomi", "13T", List.of("86473406")),
			new Model("HONOR", "X8b", List.of("86913206", "86913306")),
			new Model("realme", "C55", List.of("86571306")),
			new Model("POCO", "X6 Pro", List.of("86128907")),
			new Model("TECNO", "SPARK 20", List.of("35882743")),
			new Model("vivo", "Y36", List.of("86799106")),
			new Model("Samsung", "Galaxy A25", List.of("35293174")),
			new Model("Xiaomi", "Redmi 13C", List.of("86207907", "86208007")),
			new Model("HONOR", "90 Lite", List.of("86681706")));

	/** 5G home internet gateways (the US broadband plan is fixed wireless). */
	static final List<Model> GATEWAYS = List.of(
			new Model("Arcadyan", "KVD21 5G Gateway", List.of("35270811", "35270911", "35271011", "35271111")),
			new Model("Nokia", "FastMile 5G Gateway 3", List.of("35565012", "35565112", "35565212", "35565312")),
			new Model("Sagemcom", "Fast 5688W", List.of("35372310", "35372410", "35372510", "35372610")));

	/** Older CDMA handsets, identified by an ESN rather than an IMEI. */
	static final List<Model> ESN_HANDSETS = List.of(new Model("Kyocera", "DuraXV Extreme", List.of()),
			new Model("LG", "Exalt LTE", List.of()), new Model("Samsung", "Convoy 4", List.of()));

	static final List<String> US_HLRS = List.of("HLR-NYC-01", "HLR-NYC-02", "HLR-DAL-01", "HLR-LAX-01", "HLR-ATL-01");

	static final List<String> RU_HLRS = List.of("HLR-MSK-01", "HLR-MSK-03", "HLR-SPB-01", "HLR-KZN-01", "HLR-NSK-01");

	/** Roots and endings of Russian company names: «ТехноСнаб», «Меридиан», «АгроТрейд». */
	static final List<String> RU_COMPANY_ROOTS = List.of("Техно", "Агро", "Север", "Восток", "Строй", "Энерго",
			"Мед", "Авто", "Лес", "Транс", "Инвест", "Гео", "Нефте", "Электро", "Хлеб", "Металл", "Инфо", "Вектор",
			"Сиб", "Урал", "Волга", "Дон", "Балт", "Тех");

	static final List<String> RU_COMPANY_ENDINGS = List.of("Снаб", "Торг", "Пром", "Трейд", "Сервис", "Групп", "Логистик",
			"Монтаж", "Проект", "Ресурс", "Систем", "Маркет");

	static final List<String> RU_COMPANY_WORDS = List.of("Меридиан", "Орион", "Гранит", "Сфера", "Импульс", "Континент",
			"Радуга", "Лотос", "Альтаир", "Парус", "Компас", "Атлант", "Заря", "Вершина", "Созвездие", "Горизонт");

	static final List<String> RU_LEGAL_FORMS = List.of("ООО", "ООО", "ООО", "АО", "ПАО", "ИП");

	static final List<String> US_COMPANY_SUFFIXES = List.of(" LLC", " Inc.", " Corp.", " Group", " & Sons", "");

	/** Prefixes of employer identification numbers the IRS assigns. */
	static final List<String> EIN_PREFIXES = List.of("10", "12", "20", "26", "27", "30", "33", "35", "45", "46", "47",
			"52", "54", "56", "58", "61", "65", "68", "81", "82", "84", "86", "87", "88", "91", "92", "93", "98");

	record Note(String text, String severity) {
	}

	static final List<Note> US_FLASH_NOTES = List.of(
			new Note("Customer is hard of hearing: speak slowly and confirm changes by text message.", "INFO"),
			new Note("Prefers contact by e-mail; works nights, do not call before 11 am Eastern.", "INFO"),
			new Note("Payment arrangement agreed until the 25th: do not suspend for non-payment.", "WARNING"),
			new Note("Fraud alert: no SIM change or port-out without full ID verification in store.", "CRITICAL"),
			new Note("Disputed last two bills; see the open case before offering credits.", "WARNING"),
			new Note("Retention offer already used this year; escalate save attempts to a manager.", "WARNING"),
			new Note("Account holder deceased; executor handles the account, ask for the case number.", "CRITICAL"),
			new Note("Business account: only the listed authorised users may request changes.", "INFO"),
			new Note("Reported harassing calls; number change offered free of charge.", "INFO"),
			new Note("Chargeback on the last top-up; no card payments until cleared by back office.", "CRITICAL"));

	static final List<Note> RU_FLASH_NOTES = List.of(
			new Note("Клиент плохо слышит: говорите медленно, изменения подтверждайте по SMS.", "INFO"),
			new Note("Просит связываться только по электронной почте.", "INFO"),
			new Note("Согласована отсрочка платежа до 25-го числа, не блокировать за неуплату.", "WARNING"),
			new Note("Подозрение на мошенничество: замена SIM только в офисе по паспорту.", "CRITICAL"),
			new Note("Оспаривает два последних счёта, см. обращение перед начислением компенсации.", "WARNING"),
			new Note("Корпоративный клиент: изменения только по запросу уполномоченных лиц.", "INFO"),
			new Note("Возврат платежа по карте: приём платежей картой приостановлен до решения бэк-офиса.", "CRITICAL"),
			new Note("VIP-клиент: сложные вопросы передавать старшему смены.", "WARNING"));

	static final List<String> US_SUSPEND_REASONS = List.of("Lost phone", "Non-payment", "Customer request: travelling",
			"Stolen phone");

	static final List<String> RU_SUSPEND_REASONS = List.of("Утеря телефона", "Неуплата", "Добровольная блокировка",
			"Кража телефона");

	static final List<String> US_CANCEL_REASONS = List.of("Ported out to another carrier", "Customer request",
			"Non-payment: sent to collections", "Moved abroad");

	static final List<String> RU_CANCEL_REASONS = List.of("Переход к другому оператору (MNP)",
			"Расторжение по заявлению абонента", "Неуплата", "Переезд");

	static final List<String> US_LINE_USER_NOTES = List.of("Daughter's phone", "Son's phone, school use",
			"Company phone: field sales", "Used by the account holder's mother", "Employee: warehouse shift lead",
			"Tablet in the delivery van");

	static final List<String> RU_LINE_USER_NOTES = List.of("Телефон дочери", "Телефон сына, для школы",
			"Служебный телефон: отдел продаж", "Пользуется мать владельца договора", "Сотрудник: водитель-экспедитор",
			"Планшет курьера");

	private static final String[] CYRILLIC = { "а", "б", "в", "г", "д", "е", "ё", "ж", "з", "и", "й", "к", "л", "м", "н",
			"о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "э", "ю", "я" };

	private static final String[] LATIN = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
			"o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

	private static final Map<Character, String> TRANSLITERATION = new HashMap<>();

	static {
		for (int i = 0; i < CYRILLIC.length; i++) {
			TRANSLITERATION.put(CYRILLIC[i].charAt(0), LATIN[i]);
		}
	}

	/**
	 * The name as it goes into a login or an e-mail address: Latin letters and digits only, Cyrillic
	 * transliterated (Щербаков: shcherbakov), everything else dropped.
	 */
	static String asciiWord(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			String latin = TRANSLITERATION.get(c);
			if (latin != null) {
				out.append(latin);
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
