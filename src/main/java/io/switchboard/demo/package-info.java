/**
 * The demo operator: on first start, when the database holds no partner, it generates a complete
 * care organisation to work in (the operator "Switchboard Mobile", an MVNO, two resellers, agents of
 * every role, plans and features, and customers with lines, SIMs, devices, balances, FLASH notes and past interactions),
 * deterministic from a seed so every installation shows the same customers. The same generator loads
 * a million customers into PostgreSQL for benchmarks. It owns no data: everything is written through
 * the other modules' public import APIs.
 */
@ApplicationModule(displayName = "Demo operator",
		allowedDependencies = { "shared", "platform", "platform :: codes", "platform :: security", "partner", "agent", "catalog", "customer", "line", "balance",
				"interaction", "ticket" })
package io.switchboard.demo;

import org.springframework.modulith.ApplicationModule;
