package io.switchboard.demo.generator;

import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.interaction.InteractionImport.ImportedInteraction;
import io.switchboard.line.LineImport.NewLine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One block of generated customers with their lines, balances and past interactions, ready for the import APIs: chunk
 * {@code index} holds customers {@code index * 1000} onwards. The well-known customers travel as a
 * chunk of their own, with index -1.
 */
public record Chunk(int index, List<NewCustomer> customers, List<NewLine> lines, List<NewLineBalances> balances,
		List<ImportedInteraction> interactions) {

	public static final int WELL_KNOWN = -1;

	public Chunk {
		customers = List.copyOf(customers);
		lines = List.copyOf(lines);
		balances = List.copyOf(balances);
		interactions = List.copyOf(interactions);
	}

	/** Rows this chunk puts in the database, across every table the importers write. */
	public long rows() {
		long rows = interactions.size();
		for (NewCustomer c : customers) {
			Set<String> tokens = new LinkedHashSet<>();
			Stream.of(c.firstName(), c.middleName(), c.lastName(), c.organisationName())
				.filter(java.util.Objects::nonNull)
				.forEach(part -> tokens.addAll(CustomerSearch.nameWords(part)));
			rows += 1 + tokens.size() + c.documents().size() + c.contacts().size() + c.relatedParties().size()
					+ c.accounts().size() + c.flashNotes().size();
		}
		for (NewLine l : lines) {
			rows += 1 + (l.sim() == null ? 0 : 1) + (l.device() == null ? 0 : 1) + l.features().size()
					+ l.featureHistory().size() + l.planHistory().size();
		}
		for (NewLineBalances b : balances) {
			rows += (b.mainBalance() == null ? 0 : 1) + b.additional().size() + b.buckets().size()
					+ b.accumulators().size();
		}
		return rows;
	}
}
