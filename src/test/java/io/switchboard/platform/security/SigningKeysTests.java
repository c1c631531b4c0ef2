package io.switchboard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.switchboard.platform.crypto.TestCiphers;
import io.switchboard.support.FreshDatabase;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The key that signs API tokens is made once per cluster, even when nodes start together. */
class SigningKeysTests {

	@Test
	void twoNodesStartingOnAnEmptyDatabaseAtTheSameMomentShareOneKey() throws Exception {
		FreshDatabase database = FreshDatabase.migrated();
		JdbcClient jdbc = JdbcClient.create(database.dataSource());
		SigningKeys nodeA = new SigningKeys(jdbc, TestCiphers.demoKey(), Clock.systemUTC());
		SigningKeys nodeB = new SigningKeys(jdbc, TestCiphers.demoKey(), Clock.systemUTC());
		CountDownLatch aHasWrittenItsKey = new CountDownLatch(1);

		// node A makes its key in a transaction that is still open when node B looks for a key
		CompletableFuture<RSAKey> a = CompletableFuture.supplyAsync(() -> new TransactionTemplate(
				new DataSourceTransactionManager(database.dataSource())).execute(status -> {
					RSAKey key = nodeA.currentKey();
					aHasWrittenItsKey.countDown();
					sleep(400);
					return key;
				}));
		assertThat(aHasWrittenItsKey.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<RSAKey> b = CompletableFuture.supplyAsync(nodeB::currentKey);

		assertThat(b.get(10, TimeUnit.SECONDS).getKeyID()).isEqualTo(a.get(10, TimeUnit.SECONDS).getKeyID());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_signing_key").query(Integer.class).single()).isOne();
	}

	@Test
	void aRestartedNodeSignsWithTheKeyItMadeBefore() {
		JdbcClient jdbc = JdbcClient.create(FreshDatabase.migrated().dataSource());
		String first = new SigningKeys(jdbc, TestCiphers.demoKey(), Clock.systemUTC()).currentKey().getKeyID();
		assertThat(new SigningKeys(jdbc, TestCiphers.demoKey(), Clock.systemUTC()).currentKey().getKeyID())
			.isEqualTo(first);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
