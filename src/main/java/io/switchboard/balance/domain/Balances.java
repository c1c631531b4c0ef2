package io.switchboard.balance.domain;

import io.switchboard.balance.BalanceApi;
import io.switchboard.balance.BucketView;
import io.switchboard.balance.LineBalances;
import io.switchboard.balance.UsageSummary;
import io.switchboard.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored balances. The 360 asks for all of a customer's lines at once: two queries for any
 * number of lines (in slices of {@link #SLICE} ids, to stay well within the database's limit on bind
 * parameters), never one per line.
 */
@Service
@Transactional(readOnly = true)
class Balances implements BalanceApi {

	static final int SLICE = 1000;

	/** Minutes, texts, data; within a type the plan's allowance before extras, by where they come from. */
	static final Comparator<BucketView> BUCKET_ORDER = Comparator.comparing(BucketView::type)
		.thenComparing(BucketView::source, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(BucketView::periodEnd, Comparator.nullsLast(Comparator.naturalOrder()));

	private final BalanceAccountRepository accounts;
	private final AdditionalBalanceRepository additional;
	private final BucketRepository buckets;
	private final AccumulatorRepository accumulators;

	Balances(BalanceAccountRepository accounts, AdditionalBalanceRepository additional, BucketRepository buckets,
			AccumulatorRepository accumulators) {
		this.accounts = accounts;
		this.additional = additional;
		this.buckets = buckets;
		this.accumulators = accumulators;
	}

	@Override
	public Map<UUID, UsageSummary> usage(Collection<UUID> lineIds) {
		List<UUID> ids = List.copyOf(new LinkedHashSet<>(lineIds));
		Map<UUID, Money> mains = new HashMap<>();
		Map<UUID, List<BucketView>> byLine = new HashMap<>();
		for (int from = 0; from < ids.size(); from += SLICE) {
			List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
			accounts.findByLineIdIn(slice).forEach(a -> mains.put(a.lineId(), a.mainBalance()));
			buckets.findByLineIdIn(slice)
				.forEach(b -> byLine.computeIfAbsent(b.lineId(), k -> new ArrayList<>()).add(b.view()));
		}
		Map<UUID, UsageSummary> usage = new LinkedHashMap<>();
		for (UUID id : ids) {
			List<BucketView> lineBuckets = byLine.getOrDefault(id, List.of()).stream().sorted(BUCKET_ORDER).toList();
			usage.put(id, new UsageSummary(id, mains.get(id), lineBuckets));
		}
		return usage;
	}

	@Override
	public LineBalances balances(UUID lineId) {
		BalanceAccount account = accounts.findById(lineId).orElse(null);
		return new LineBalances(lineId, account == null ? null : account.mainBalance(),
				account == null ? null : account.expiresAt(),
				additional.findByLineId(lineId).stream()
					.sorted(Comparator.comparing(AdditionalBalance::expiresAt,
							Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
						.thenComparing(AdditionalBalance::name))
					.map(AdditionalBalance::view)
					.toList(),
				buckets.findByLineId(lineId).stream().map(Bucket::view).sorted(BUCKET_ORDER).toList(),
				accumulators.findByLineIdOrderByNameAsc(lineId).stream().map(Accumulator::view).toList(),
				account == null ? null : account.updatedAt());
	}
}
