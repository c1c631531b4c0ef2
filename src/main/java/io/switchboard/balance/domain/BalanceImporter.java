package io.switchboard.balance.domain;

import io.switchboard.balance.BalanceImport;
import io.switchboard.platform.jdbc.BulkWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk writes of balances, buckets and accumulators: one COPY (or batch) per table per call. */
@Service
class BalanceImporter implements BalanceImport {

	private final BulkWriter bulk;

	BalanceImporter(BulkWriter bulk) {
		this.bulk = bulk;
	}

	@Override
	@Transactional
	public void importBalances(List<NewLineBalances> balances) {
		List<Object[]> mains = new ArrayList<>();
		List<Object[]> additional = new ArrayList<>();
		List<Object[]> buckets = new ArrayList<>();
		List<Object[]> accumulators = new ArrayList<>();
		for (NewLineBalances b : balances) {
			if (b.mainBalance() != null) {
				mains.add(new Object[] { b.lineId(), b.mainBalance().amount(), b.mainBalance().currency(),
						b.mainBalanceExpiresAt(), b.updatedAt() });
			}
			for (NewAdditional a : b.additional()) {
				additional.add(new Object[] { a.id(), b.lineId(), a.name(), a.amount().amount(), a.amount().currency(),
						a.expiresAt() });
			}
			for (NewBucket k : b.buckets()) {
				buckets.add(new Object[] { k.id(), b.lineId(), k.type().name(), k.unit(), k.allowance(), k.used(),
						k.periodStart(), k.periodEnd(), k.source() });
			}
			for (NewAccumulator a : b.accumulators()) {
				accumulators.add(new Object[] { a.id(), b.lineId(), a.name(), a.amount(), a.unit(), a.periodStart(),
						a.periodEnd() });
			}
		}
		bulk.insert("balance_account", List.of("line_id", "main_balance", "currency", "expires_at", "updated_at"), mains);
		bulk.insert("balance_additional", List.of("id", "line_id", "name", "amount", "currency", "expires_at"),
				additional);
		bulk.insert("balance_bucket", List.of("id", "line_id", "bucket_type", "unit", "allowance", "used",
				"period_start", "period_end", "source"), buckets);
		bulk.insert("balance_accumulator", List.of("id", "line_id", "name", "amount", "unit", "period_start",
				"period_end"), accumulators);
	}
}
