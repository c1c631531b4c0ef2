/**
 * What a line has left: the prepaid main balance, additional balances (bonus money, top-up
 * promotions), buckets of minutes, texts and data for the current period, and accumulators (usage
 * counters). Also the OCS port: the online charging system's real-time view of a line, behind a
 * circuit breaker, with a built-in simulator as the default adapter.
 */
@ApplicationModule(displayName = "Balances", allowedDependencies = { "shared", "platform", "platform :: jdbc", "platform :: web", "line", "audit" })
package io.switchboard.balance;

import org.springframework.modulith.ApplicationModule;
