package io.switchboard.platform.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows at once for imports (the demo operator, the large-dataset loader, migrations
 * from a legacy system): PostgreSQL's {@code COPY ... FROM STDIN} when the database is PostgreSQL,
 * JDBC batches otherwise. It joins the caller's transaction; each module writes only its own tables.
 */
@Component
public class BulkWriter {

	private final DataSource dataSource;

	public BulkWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Inserts {@code rows} (values in column order) into {@code table}. */
	public void insert(String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), table, columns, rows);
			}
			else {
				batch(connection, table, columns, rows);
			}
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Bulk insert into " + table + " failed: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
			throws SQLException {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, jdbcValue(row[i]));
				}
				statement.addBatch();
				if (++pending == 1000) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static Object jdbcValue(Object value) {
		if (value instanceof Instant instant) {
			return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		return value;
	}

	private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
			throws SQLException, IOException {
		StringBuilder text = new StringBuilder(rows.size() * 128);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				appendCopyValue(text, row[i]);
			}
			text.append('\n');
		}
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		try (Reader reader = new StringReader(text.toString())) {
			connection.getCopyAPI().copyIn(sql, reader);
		}
	}

	private static void appendCopyValue(StringBuilder text, Object value) {
		switch (value) {
			case null -> text.append("\\N");
			case Instant instant -> text.append(instant);
			case Timestamp timestamp -> text.append(timestamp.toInstant());
			case LocalDate date -> text.append(date);
			case BigDecimal decimal -> text.append(decimal.toPlainString());
			case UUID uuid -> text.append(uuid);
			case Boolean bool -> text.append(bool ? 't' : 'f');
			case Number number -> text.append(number);
			default -> escape(text, value.toString());
		}
	}

	private static void escape(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}
}
