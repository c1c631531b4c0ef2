package io.switchboard.balance;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Reads stored balances. The caller has checked the actor may see the lines. */
public interface BalanceApi {

	Map<UUID, UsageSummary> usage(Collection<UUID> lineIds);

	LineBalances balances(UUID lineId);
}
