package io.switchboard.demo.generator;

import io.switchboard.shared.Luhn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The identifier plan: how generated customers, accounts and lines get numbers that are unique without
 * any coordination between chunks. Chunk k owns a fixed range of customer numbers, account numbers and
 * line slots; a line's MDN, ICCID, IMSI and IMEI are one-to-one functions of its slot
 * ({@link Permutation}), so two chunks generated on different threads, or in different runs, never
 * collide. The well-known customers' identifiers lie outside every generated range.
 */
final class Numbering {

	static final long FIRST_CUSTOMER_NUMBER = 100_004;
	static final long FIRST_ACCOUNT_NUMBER = 1_000_004;
	/** Д-2024-0001 and C-2023-000001 belong to the well-known customers. */
	static final long FIRST_CONTRACT_SEQUENCE = 2;
	/** Line slots per chunk of 1,000 customers: about 1,550 are used, the rest is headroom. */
	static final int LINE_SLOTS_PER_CHUNK = 2_000;
	/** An organisation may have two billing accounts, so a chunk has room for two per customer. */
	static final int ACCOUNT_SLOTS_PER_CHUNK = 2_000;

	static final List<String> RESERVED_MDNS = List.of("+12025550143", "+13055550199", "+79161234567",
			"+79167654321");

	/** Mobile codes of the big four Russian operators (MTS, MegaFon, Beeline, Tele2). */
	private static final List<String> RU_MOBILE_CODES = List.of("910", "911", "912", "913", "914", "915", "916", "917",
			"918", "919", "980", "981", "982", "983", "984", "985", "986", "987", "988", "989", "920", "921", "922",
			"923", "924", "925", "926", "927", "928", "929", "903", "905", "906", "909", "960", "961", "962", "963",
			"964", "965", "900", "901", "904", "950", "951", "952", "953", "977");

	private static final long MILLION = 1_000_000L;

	/** Tells the well-known customers' SIMs (8901410..., 8970199...) apart from generated ones. */
	private static final String US_ICCID_PREFIX = "8901260";
	private static final String RU_ICCID_PREFIX = "8970101";
	private static final String US_IMSI_PREFIX = "310260";
	private static final String RU_IMSI_PREFIX = "25001";

	private static volatile Numbering instance;

	final NumberSpace usNumbers;
	final NumberSpace ruMobile;
	final NumberSpace ruLandline;
	private final Permutation usIccid = new Permutation(1_000_000_000_000L, 11);
	private final Permutation ruIccid = new Permutation(1_000_000_000_000L, 12);
	private final Permutation usImsi = new Permutation(1_000_000_000L, 13);
	private final Permutation ruImsi = new Permutation(10_000_000_000L, 14);
	private final Permutation esn = new Permutation(100_000_000L, 15);
	private final TacPool usHandsets = new TacPool(Vocabulary.US_HANDSETS, 16);
	private final TacPool ruHandsets = new TacPool(Vocabulary.RU_HANDSETS, 17);
	private final TacPool gateways = new TacPool(Vocabulary.GATEWAYS, 18);

	private Numbering() {
		List<String> us = new ArrayList<>();
		for (Vocabulary.Metro metro : Vocabulary.METROS) {
			for (String areaCode : metro.areaCodes()) {
				for (int exchange = 200; exchange <= 999; exchange++) {
					if (usableExchange(exchange)) {
						us.add("+1" + areaCode + exchange);
					}
				}
			}
		}
		this.usNumbers = NumberSpace.of("US", us, 4, RESERVED_MDNS, 1);
		List<String> mobile = new ArrayList<>();
		for (String code : RU_MOBILE_CODES) {
			for (int exchange = 0; exchange <= 999; exchange++) {
				mobile.add("+7" + code + pad(exchange, 3));
			}
		}
		this.ruMobile = NumberSpace.of("RU", mobile, 4, RESERVED_MDNS, 2);
		List<String> landline = new ArrayList<>();
		for (String code : Vocabulary.RU_LANDLINE_CODES) {
			for (int exchange = 200; exchange <= 999; exchange++) {
				landline.add("+7" + code + exchange);
			}
		}
		this.ruLandline = NumberSpace.of("RU", landline, 4, RESERVED_MDNS, 3);
		Set<String> tacs = new HashSet<>();
		for (List<Vocabulary.Model> models : List.of(Vocabulary.US_HANDSETS, Vocabulary.RU_HANDSETS,
				Vocabulary.GATEWAYS)) {
			for (Vocabulary.Model model : models) {
				for (String tac : model.tacs()) {
					if (!tacs.add(tac) || tac.length() != 8) {
						throw new IllegalStateException("type allocation code repeated or malformed: " + tac);
					}
				}
			}
		}
	}

	/**
	 * How many chunks the plan numbers without repeating an identifier: the smallest space (the 5G
	 * gateways' IMEIs, twelve million) divided by the line slots of a chunk.
	 */
	long maxChunks() {
		long smallest = Math.min(Math.min(usNumbers.size(), ruMobile.size()), ruLandline.size());
		for (Permutation p : List.of(usIccid, ruIccid, usImsi, ruImsi, esn)) {
			smallest = Math.min(smallest, p.size());
		}
		for (TacPool pool : List.of(usHandsets, ruHandsets, gateways)) {
			smallest = Math.min(smallest, pool.size());
		}
		return smallest / LINE_SLOTS_PER_CHUNK;
	}

	/** Built once: checking every exchange with libphonenumber takes a moment. */
	static Numbering get() {
		Numbering current = instance;
		if (current == null) {
			synchronized (Numbering.class) {
				current = instance;
				if (current == null) {
					current = new Numbering();
					instance = current;
				}
			}
		}
		return current;
	}

	/**
	 * North American exchanges: not N11 service codes, not 555 (reserved for fiction, and the well-known
	 * customers' numbers), not 950/958/959/976 (carrier access, test and premium).
	 */
	private static boolean usableExchange(int exchange) {
		return exchange % 100 != 11 && exchange != 555 && exchange != 950 && exchange != 958 && exchange != 959
				&& exchange != 976;
	}

	static long lineSlot(int chunk, int line) {
		return (long) chunk * LINE_SLOTS_PER_CHUNK + line;
	}

	static String customerNumber(long customerIndex) {
		return Long.toString(FIRST_CUSTOMER_NUMBER + customerIndex);
	}

	static String accountNumber(int chunk, int account) {
		return Long.toString(FIRST_ACCOUNT_NUMBER + (long) chunk * ACCOUNT_SLOTS_PER_CHUNK + account);
	}

	/** Contract numbers as each country writes them: Д-2023-0457 in Russia, C-2022-004512 in the US. */
	static String contractNumber(boolean russian, int year, int chunk, int account) {
		long sequence = FIRST_CONTRACT_SEQUENCE + (long) chunk * ACCOUNT_SLOTS_PER_CHUNK + account;
		return russian ? String.format("Д-%d-%04d", year, sequence) : String.format("C-%d-%06d", year, sequence);
	}

	String iccid(boolean russian, long slot) {
		String payload = russian ? RU_ICCID_PREFIX + pad(ruIccid.apply(slot), 12)
				: US_ICCID_PREFIX + pad(usIccid.apply(slot), 12);
		return payload + Luhn.checkDigit(payload);
	}

	String imsi(boolean russian, long slot) {
		return russian ? RU_IMSI_PREFIX + pad(ruImsi.apply(slot), 10) : US_IMSI_PREFIX + pad(usImsi.apply(slot), 9);
	}

	/** A handset for a mobile line: its model and its IMEI, both following from the slot. */
	Device handset(boolean russian, long slot) {
		return (russian ? ruHandsets : usHandsets).device(slot);
	}

	Device gateway(long slot) {
		return gateways.device(slot);
	}

	/** An 11-digit decimal ESN: manufacturer code, then an 8-digit serial. */
	String esn(long slot) {
		return "270" + pad(esn.apply(slot), 8);
	}

	static String pad(long value, int width) {
		String digits = Long.toString(value);
		if (digits.length() > width) {
			throw new IllegalArgumentException(value + " has more than " + width + " digits");
		}
		return "0".repeat(width - digits.length()) + digits;
	}

	record Device(Vocabulary.Model model, String imei) {
	}

	/** The IMEIs of a group of models: every TAC with a million serial numbers. */
	private static final class TacPool {

		private final List<Vocabulary.Model> modelOfTac = new ArrayList<>();
		private final List<String> tacs = new ArrayList<>();
		private final Permutation permutation;

		TacPool(List<Vocabulary.Model> models, long salt) {
			for (Vocabulary.Model model : models) {
				for (String tac : model.tacs()) {
					modelOfTac.add(model);
					tacs.add(tac);
				}
			}
			this.permutation = new Permutation(tacs.size() * MILLION, salt);
		}

		long size() {
			return permutation.size();
		}

		Device device(long slot) {
			long position = permutation.apply(slot);
			int tac = (int) (position / MILLION);
			String payload = tacs.get(tac) + pad(position % MILLION, 6);
			return new Device(modelOfTac.get(tac), payload + Luhn.checkDigit(payload));
		}
	}
}
