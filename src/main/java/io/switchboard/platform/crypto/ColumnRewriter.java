package io.switchboard.platform.crypto;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Rewrites the values of encrypted columns a page of rows at a time, in the order of the table's key,
 * each page in its own transaction (or in the caller's, for a migration). Only the rows whose values
 * change are written. Used by key rotation and by the migrations that started encrypting a column.
 */
public final class ColumnRewriter {

	/** What to write instead of a stored value; empty to leave it as it is. */
	public interface Rewrite {

		Optional<String> apply(String stored);
	}

	private static final int PAGE = 500;

	private final JdbcTemplate jdbc;
	private final TransactionOperations transactions;

	public ColumnRewriter(JdbcTemplate jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Rewrites every value of the columns; returns how many rows were written. */
	public long rewrite(EncryptedColumns where, Rewrite rewrite) {
		String select = "SELECT " + where.keyColumn() + ", " + String.join(", ", where.columns()) + " FROM "
				+ where.table();
		String update = "UPDATE " + where.table() + " SET "
				+ String.join(", ", where.columns().stream().map(c -> c + " = ?").toList()) + " WHERE "
				+ where.keyColumn() + " = ?";
		long written = 0;
		Object after = null;
		while (true) {
			Object from = after;
			Page page = transactions.execute(status -> {
				List<Object[]> rows = from == null
						? jdbc.query(select + " ORDER BY " + where.keyColumn() + " LIMIT " + PAGE,
								(rs, n) -> row(rs, where.columns().size()))
						: jdbc.query(select + " WHERE " + where.keyColumn() + " > ? ORDER BY " + where.keyColumn()
								+ " LIMIT " + PAGE, (rs, n) -> row(rs, where.columns().size()), from);
				List<Object[]> changed = new ArrayList<>();
				for (Object[] row : rows) {
					Object[] values = new Object[row.length];
					boolean change = false;
					for (int i = 1; i < row.length; i++) {
						String stored = (String) row[i];
						Optional<String> replaced = stored == null ? Optional.empty() : rewrite.apply(stored);
						change |= replaced.isPresent();
						values[i - 1] = replaced.orElse(stored);
					}
					values[row.length - 1] = row[0];
					if (change) {
						changed.add(values);
					}
				}
				if (!changed.isEmpty()) {
					jdbc.batchUpdate(update, changed);
				}
				return new Page(rows.isEmpty() ? null : rows.getLast()[0], rows.size(), changed.size());
			});
			written += page.written();
			if (page.read() < PAGE) {
				return written;
			}
			after = page.lastKey();
		}
	}

	private static Object[] row(ResultSet rs, int columns) throws SQLException {
		Object[] row = new Object[columns + 1];
		row[0] = rs.getObject(1);
		for (int i = 1; i <= columns; i++) {
			row[i] = rs.getString(i + 1);
		}
		return row;
	}

	private record Page(Object lastKey, int read, int written) {
	}

	/** Encrypts with the current key every value that is still plain text (a column encrypted from now on). */
	public static Rewrite encryptingWith(SecretCipher cipher) {
		return stored -> Optional.of(cipher.encrypt(stored));
	}
}
