package io.switchboard.customer;

import io.switchboard.shared.Msisdn;
import io.switchboard.shared.PartnerScope;
import java.util.Collection;
import java.util.List;

/**
 * Finds customers by what they own in this module, each over its own index. Every method answers
 * only customers the scope allows, at most {@code limit} of them.
 */
public interface CustomerSearch {

	/** Customers whose name has a word starting with each of {@code words} (already normalised, 2+ letters). */
	List<CustomerMatch> byName(List<String> words, PartnerScope scope, int limit);

	List<CustomerMatch> byCustomerNumber(String customerNumber, PartnerScope scope);

	List<CustomerMatch> byAccountNumber(String accountNumber, PartnerScope scope);

	List<CustomerMatch> byContractNumber(String contractNumber, PartnerScope scope);

	List<CustomerMatch> byEmail(String email, PartnerScope scope);

	List<CustomerMatch> byTaxId(String taxId, PartnerScope scope);

	List<CustomerMatch> byContactPhone(Collection<Msisdn> numbers, PartnerScope scope);

	/** The words of a name as search stores and matches them: lower case, ё as е, no punctuation. */
	static List<String> nameWords(String text) {
		return NameWords.of(text);
	}
}
