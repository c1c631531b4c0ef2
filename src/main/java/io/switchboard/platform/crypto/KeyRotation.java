package io.switchboard.platform.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts with the current key every value that only the previous key reads, in every column the
 * modules declared ({@link EncryptedColumns}). Run it ({@code bin/rotate-key}) after every node reads
 * with both keys; values already under the current key are left alone, so an interrupted run is simply
 * started again. A value that neither key reads stops the run: nothing is guessed or overwritten.
 */
@Service
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final List<EncryptedColumns> columns;
	private final SecretCipher cipher;
	private final ColumnRewriter rewriter;

	KeyRotation(List<EncryptedColumns> columns, SecretCipher cipher, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.columns = columns;
		this.cipher = cipher;
		this.rewriter = new ColumnRewriter(jdbc, new TransactionTemplate(transactions));
	}

	/** Re-encrypts what is left; returns the rows rewritten per table and columns. */
	public Map<EncryptedColumns, Long> rotate() {
		Map<EncryptedColumns, Long> rewritten = new LinkedHashMap<>();
		for (EncryptedColumns where : columns) {
			long rows = rewriter.rewrite(where, cipher::reEncrypt);
			log.info("Key rotation: {} rows of {} re-encrypted with the current key", rows, where);
			rewritten.put(where, rows);
		}
		return rewritten;
	}

	public List<EncryptedColumns> columns() {
		return List.copyOf(columns);
	}
}
