package io.switchboard.desk.search;

import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Msisdn;
import java.util.List;
import java.util.Set;

/**
 * What the agent typed, classified by its shape into the lookups worth running: "+1 (202) 555-0143"
 * is a phone number, "Д-2024-0001" a contract number, "jane.doe@example.com" an e-mail, "Doe Jane" a
 * name. A digit string can have several shapes at once (a 7-digit customer or account number), and
 * each becomes one indexed lookup. {@code problem} says why nothing can be searched, if so.
 */
public record SearchQuery(String text, List<Lookup> lookups, Problem problem) {

	public enum Problem {
		EMPTY, TOO_LONG, NOTHING_SEARCHABLE, NO_IDENTIFIER_SHAPE
	}

	/** True when every lookup is for an exact identifier (not a name): one match opens the 360 directly. */
	public boolean identifiersOnly() {
		return !lookups.isEmpty() && lookups.stream().noneMatch(l -> l instanceof Lookup.ByName);
	}

	public sealed interface Lookup {

		record ByName(List<String> words) implements Lookup {
		}

		record ByCustomerNumber(String number) implements Lookup {
		}

		record ByAccountNumber(String number) implements Lookup {
		}

		record ByContractNumber(String number) implements Lookup {
		}

		record ByEmail(String email) implements Lookup {
		}

		record ByTaxId(String taxId) implements Lookup {
		}

		record ByPhone(Set<Msisdn> numbers) implements Lookup {
		}

		record ByIccid(Iccid iccid) implements Lookup {
		}

		record ByEquipmentId(Imei equipmentId) implements Lookup {
		}
	}
}
