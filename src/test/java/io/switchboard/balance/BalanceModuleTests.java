package io.switchboard.balance;

import io.switchboard.support.SwitchboardApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.switchboard.balance.BalanceImport.NewAccumulator;
import io.switchboard.balance.BalanceImport.NewAdditional;
import io.switchboard.balance.BalanceImport.NewBucket;
import io.switchboard.balance.BalanceImport.NewLineBalances;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CustomerImport;

import io.switchboard.line.LineImport;
import io.switchboard.line.LineTestData;
import io.switchboard.line.LineTestData.Holder;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.shared.Ids;
import io.switchboard.shared.Money;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored balances as the 360 and the line page read them, on the real database. */
@SwitchboardApplicationTest
class BalanceModuleTests {

	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

	@Autowired
	BalanceApi balanceApi;

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	CircuitBreakerRegistry breakers;

	LineTestData data;

	Holder jane;

	String planCode;

	@BeforeEach
	void world(@Autowired PartnerApi partners, @Autowired CustomerImport customers, @Autowired CatalogApi catalog,
			@Autowired LineImport lines, @Autowired BalanceImport balances, @Autowired TransactionTemplate transactions) {
		data = new LineTestData(partners, customers, catalog, lines, balances, transactions);
		jane = data.customer(data.partner(PartnerType.OPERATOR, null).id(), "Jane", "Doe");
		planCode = data.plan("Talk & Text 25", "TT25_PP").code();
	}

	NewBucket bucket(BucketType type, String unit, Long allowance, long used, String source) {
		return new NewBucket(Ids.next(), type, unit, allowance, used, START, END, source);
	}

	@Test
	void theLinePageGetsEverythingStoredInOrder() {
		UUID line = data.line(jane, planCode).save();
		Instant storedAt = Instant.parse("2026-11-20T10:00:00Z");
		data.balances(new NewLineBalances(line, Money.of("12.50", "USD"), END,
				List.of(new NewAdditional(Ids.next(), "Top-up bonus", Money.of("5.00", "USD"), END),
						new NewAdditional(Ids.next(), "Welcome credit", Money.of("2.00", "USD"), START.plusSeconds(86_400))),
				List.of(bucket(BucketType.DATA, "MB", 10240L, 3000, "PLAN"),
						bucket(BucketType.MINUTES, "MIN", null, 120, "PLAN"),
						bucket(BucketType.DATA, "MB", 1024L, 1024, "PROMOTION"),
						bucket(BucketType.TEXTS, "SMS", 1000L, 10, "PLAN")),
				List.of(new NewAccumulator(Ids.next(), "Roaming data", new BigDecimal("150"), "MB", START, END),
						new NewAccumulator(Ids.next(), "Premium numbers", new BigDecimal("3.99"), "USD", START, END)),
				storedAt));

		LineBalances balances = balanceApi.balances(line);

		assertThat(balances.mainBalance()).isEqualTo(Money.of("12.50", "USD"));
		assertThat(balances.mainBalanceExpiresAt()).isEqualTo(END);
		assertThat(balances.updatedAt()).isEqualTo(storedAt);
		assertThat(balances.additional()).extracting(LineBalances.Additional::name)
			.as("soonest to expire first").containsExactly("Welcome credit", "Top-up bonus");
		assertThat(balances.buckets()).extracting(b -> b.type() + " " + b.source())
			.containsExactly("MINUTES PLAN", "TEXTS PLAN", "DATA PLAN", "DATA PROMOTION");
		assertThat(balances.buckets().get(3).remaining()).isZero();
		assertThat(balances.accumulators()).extracting(LineBalances.Accumulator::name)
			.containsExactly("Premium numbers", "Roaming data");
	}

	@Test
	void aPostpaidLineHasBucketsButNoMainBalance() {
		UUID line = data.line(jane, planCode).save();
		data.balances(new NewLineBalances(line, null, null, List.of(),
				List.of(bucket(BucketType.DATA, "MB", null, 512, "PLAN")), List.of(), null));

		LineBalances balances = balanceApi.balances(line);

		assertThat(balances.mainBalance()).isNull();
		assertThat(balances.updatedAt()).isNull();
		assertThat(balances.buckets()).singleElement().satisfies(b -> assertThat(b.unlimited()).isTrue());
	}

	@Test
	void theUsageOfAllOfACustomersLinesTakesTwoQueriesHoweverManyLines() {
		List<UUID> lines = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID line = data.line(jane, planCode).save();
			lines.add(line);
			data.balances(new NewLineBalances(line, Money.of(i + ".00", "USD"), END, List.of(),
					List.of(bucket(BucketType.MINUTES, "MIN", 500L, i * 10L, "PLAN"),
							bucket(BucketType.DATA, "MB", 2048L, i * 100L, "PLAN")),
					List.of(), START));
		}
		UUID without = data.line(jane, planCode).save();
		lines.add(without);

		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		Map<UUID, UsageSummary> usage = balanceApi.usage(lines);

		assertThat(statistics.getPrepareStatementCount() - before).isEqualTo(2);
		assertThat(usage).containsOnlyKeys(lines);
		assertThat(usage.get(lines.get(3)).mainBalance()).isEqualTo(Money.of("3.00", "USD"));
		assertThat(usage.get(lines.get(3)).bucket(BucketType.DATA).orElseThrow().used()).isEqualTo(300);
		assertThat(usage.get(without).mainBalance()).isNull();
		assertThat(usage.get(without).buckets()).isEmpty();
		assertThat(balanceApi.usage(List.of())).isEmpty();
	}

	@Test
	void theOcsBreakerIsSetUpFromTheApplicationSettings() {
		CircuitBreakerConfig ocs = breakers.circuitBreaker("ocs").getCircuitBreakerConfig();

		assertThat(ocs.getSlidingWindowSize()).isEqualTo(10);
		assertThat(ocs.getMinimumNumberOfCalls()).isEqualTo(5);
		assertThat(ocs.getFailureRateThreshold()).isEqualTo(50f);
		assertThat(ocs.getSlowCallDurationThreshold()).isEqualTo(java.time.Duration.ofMillis(1500));
		assertThat(ocs.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
	}
}
