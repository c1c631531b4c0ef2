package io.switchboard.platform.crypto;

import java.util.List;

/**
 * Where a module keeps values encrypted with {@link SecretCipher}: a table, the column that identifies
 * its rows, and the encrypted columns. A module that stores such values declares a bean of this type,
 * so that {@link KeyRotation} re-encrypts them when the key changes; the module still owns its table.
 *
 * @param table the table, e.g. {@code line_sim}
 * @param keyColumn a unique, ordered column of the table (its primary key), for reading it page by page
 * @param columns the encrypted columns
 */
public record EncryptedColumns(String table, String keyColumn, List<String> columns) {

	private static final String NAME = "[a-z_][a-z0-9_]*";

	public EncryptedColumns {
		columns = List.copyOf(columns);
		if (!table.matches(NAME) || !keyColumn.matches(NAME) || columns.isEmpty()
				|| !columns.stream().allMatch(c -> c.matches(NAME))) {
			throw new IllegalArgumentException("Not a table and its columns: " + table + " " + keyColumn + " " + columns);
		}
	}

	@Override
	public String toString() {
		return table + "(" + String.join(", ", columns) + ")";
	}
}
