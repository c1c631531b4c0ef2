package io.switchboard.desk.search;

import io.switchboard.customer.CustomerImport;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Times the global search the way the desk runs it (classification, the indexed lookups, the partner
 * scope, the result descriptions), query shape by query shape, and prints the figures. Run it against
 * a large dataset with {@code bin/benchmark-search}; it is never part of the application's normal start.
 * Each query runs more than five times before timing starts, so PostgreSQL's switch to generic plans
 * for prepared statements is part of what is measured.
 */
@Component
@ConditionalOnProperty(name = "switchboard.benchmark.search.runs")
class SearchBenchmark implements ApplicationRunner {

	/** What agents type, as the caller says it; each with the login that searches. */
	static final List<String[]> QUERIES = List.of(
			new String[] { "agent", "(202) 555-0143" }, new String[] { "agent", "8 916 123-45-67" },
			new String[] { "agent", "+1 (212) 555-0100" }, new String[] { "agent", "100001" },
			new String[] { "agent", "1000001" }, new String[] { "agent", "Д-2024-0001" },
			new String[] { "agent", "jane.doe@example.com" }, new String[] { "agent", "7709123453" },
			new String[] { "agent", "356938035643809" }, new String[] { "agent", "89014103211118510720" },
			new String[] { "agent", "Jane Doe" }, new String[] { "agent", "john" },
			new String[] { "agent", "smith john" }, new String[] { "agent", "иванов" },
			new String[] { "agent", "Ivanov" }, new String[] { "agent", "ромашка" },
			new String[] { "reseller", "john" }, new String[] { "reseller", "(202) 555-0143" });

	private final DeskSearch search;
	private final UserDetailsService users;
	private final CustomerImport customers;
	private final DataSource dataSource;
	private final ConfigurableApplicationContext context;
	private final int runs;

	SearchBenchmark(DeskSearch search, UserDetailsService users, CustomerImport customers, DataSource dataSource,
			ConfigurableApplicationContext context,
			@org.springframework.beans.factory.annotation.Value("${switchboard.benchmark.search.runs}") int runs) {
		this.search = search;
		this.users = users;
		this.customers = customers;
		this.dataSource = dataSource;
		this.context = context;
		this.runs = runs;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		String database;
		try (var connection = dataSource.getConnection()) {
			database = connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion();
		}
		int warmUp = 20;
		System.out.printf("%nGlobal search over %,d customers on %s: %d timed runs per query after %d warm-up runs%n%n",
				customers.count(), database, runs, warmUp);
		System.out.printf("%-9s %-24s %-28s %5s %9s %9s %9s%n", "login", "query", "looked up", "hits", "median",
				"p95", "max");
		for (String[] query : QUERIES) {
			Actor actor = ((ActorPrincipal) users.loadUserByUsername(query[0])).actor();
			SearchResults results = null;
			for (int i = 0; i < warmUp; i++) {
				results = search.search(query[1], actor, 50, Locale.ENGLISH);
			}
			double[] millis = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				search.search(query[1], actor, 50, Locale.ENGLISH);
				millis[i] = (System.nanoTime() - start) / 1_000_000.0;
			}
			Arrays.sort(millis);
			System.out.printf("%-9s %-24s %-28s %5d %6.2f ms %6.2f ms %6.2f ms%n", query[0], query[1],
					shapes(results.query()), results.hits().size(), millis[runs / 2],
					millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1]);
		}
		System.out.println();
		System.exit(SpringApplication.exit(context));
	}

	private static String shapes(SearchQuery query) {
		List<String> kinds = new ArrayList<>();
		query.lookups().forEach(l -> kinds.add(l.getClass().getSimpleName().replace("By", "")));
		return String.join("+", kinds);
	}
}
