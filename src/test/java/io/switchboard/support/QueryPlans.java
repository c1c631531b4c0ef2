package io.switchboard.support;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's plan for a query, with sequential scans switched off so that a lookup without a usable
 * index shows up as one even on the small demo tables. Tests using it run on PostgreSQL only
 * ({@code ./mvnw verify -Ppostgres}) and are skipped on H2.
 */
public final class QueryPlans {

	private final DataSource dataSource;
	private final TransactionTemplate transactions;

	public QueryPlans(DataSource dataSource, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	public void assumePostgreSql() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
					"plans are checked on PostgreSQL (./mvnw verify -Ppostgres)");
		}
	}

	public String explain(String sql) {
		return transactions.execute(tx -> {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			jdbc.execute("set local enable_seqscan = off");
			return String.join("\n", jdbc.query("explain " + sql, (rs, row) -> rs.getString(1)));
		});
	}
}
