package io.switchboard.platform.security;

import io.switchboard.shared.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then stops guessing of passwords and client secrets, per account and per client address,
 * with its counts in the database so that every node and every restart sees them.
 *
 * <p>An attempt is first {@linkplain #admit admitted}: while its account or its address must wait (a
 * growing delay after a few failures) or is locked, it is refused without the password being checked, and
 * nothing is counted. An admitted attempt counts as a failure at once, so that many attempts sent at the
 * same moment cannot slip through together; the outcome then settles it: {@link #succeeded} forgets the
 * account's failures (and gives the address its attempt back), {@link #failed} may lock, and
 * {@link #abandoned} gives both their attempt back. Unknown usernames and client ids are counted exactly
 * like known ones, so neither the answers nor their timing tell whether an account exists. Every lock is
 * announced ({@link LoginLocked}, audited) and an administrator may {@linkplain #lift lift} it.
 */
@Component
public class LoginThrottle {

	/** What is throttled: an agent's username, an API client's id, or a client address. */
	public enum Kind {
		ACCOUNT, CLIENT, ADDRESS
	}

	/**
	 * One sign-in attempt: the account it names (an agent's username or a client id, as sent) and the
	 * address it came from.
	 */
	public record Attempt(Kind kind, String account, String address) {

		static final int LONGEST = 64;

		public Attempt {
			if (kind == Kind.ADDRESS) {
				throw new IllegalArgumentException("an attempt names an account or a client");
			}
			// usernames are case-insensitive, as the agent store reads them; client ids are not
			account = account == null ? "" : account.strip();
			account = kind == Kind.ACCOUNT ? account.toLowerCase(Locale.ROOT) : account;
			account = account.length() > LONGEST ? account.substring(0, LONGEST) : account;
			address = address == null ? "unknown" : address;
		}

		public static Attempt agent(String username, String address) {
			return new Attempt(Kind.ACCOUNT, username, address);
		}

		public static Attempt client(String clientId, String address) {
			return new Attempt(Kind.CLIENT, clientId, address);
		}
	}

	/** Whether an attempt may be checked now. */
	public sealed interface Verdict permits Admitted, Refused {
	}

	public record Admitted() implements Verdict {
	}

	/**
	 * Not now: wait until {@code until}. {@code locked} tells a lock (many failures) from a delay (a few).
	 * It never says whether the account exists, nor whether the account or the address is throttled.
	 */
	public record Refused(Instant until, boolean locked) implements Verdict {

		/** Whole seconds to wait from {@code now}, at least one. */
		public long secondsFrom(Instant now) {
			return Math.max(1, Duration.between(now, until).toMillis() / 1000 + 1);
		}

		/** Whole minutes to wait from {@code now}, at least one. */
		public long minutesFrom(Instant now) {
			return (secondsFrom(now) + 59) / 60;
		}
	}

	/** A lock as the administrator sees it. */
	public record Lock(Kind kind, String subject, int failures, Instant lockedAt, Instant lockedUntil,
			String lastAddress) {
	}

	private static final String COLUMNS = "subject_type, subject, failures, last_attempt_at, next_attempt_at, "
			+ "locked_at, locked_until, last_address";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final LoginThrottleSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, LoginThrottleSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Refuses the attempt while its account or address must wait or is locked; otherwise counts it. */
	public Verdict admit(Attempt attempt) {
		if (!settings.enabled()) {
			return new Admitted();
		}
		return retryingOnce(() -> transactions.execute(status -> {
			Instant now = clock.instant();
			Row account = row(attempt.kind(), attempt.account());
			Row address = row(Kind.ADDRESS, attempt.address());
			// the longer wait is the one to tell, without saying whether the account or the address causes it
			Optional<Refused> refused = Stream.of(refusal(account, now), refusal(address, now))
				.flatMap(Optional::stream)
				.max(Comparator.comparing(Refused::until));
			if (refused.isPresent()) {
				return refused.get();
			}
			save(counted(account, attempt, now));
			save(counted(address, attempt, now));
			return new Admitted();
		}));
	}

	/**
	 * The attempt failed (wrong secret, unknown or disabled account): it may lock. Returns the lock that
	 * now holds on its account or address, if any.
	 */
	public Optional<Refused> failed(Attempt attempt) {
		if (!settings.enabled()) {
			return Optional.empty();
		}
		return transactions.execute(status -> {
			Instant now = clock.instant();
			Refused lock = null;
			for (Row row : List.of(row(attempt.kind(), attempt.account()), row(Kind.ADDRESS, attempt.address()))) {
				Instant until = row.lockedUntil();
				if (until == null || !until.isAfter(now)) {
					if (row.failures() < limits(row.kind()).lockAfter()) {
						continue;
					}
					until = now.plus(limits(row.kind()).lockFor());
					save(row.lockedAt(now, until));
					events.publishEvent(new LoginLocked(row.kind().name(), row.subject(), row.failures(), now, until,
							attempt.address()));
				}
				if (lock == null || until.isAfter(lock.until())) {
					lock = new Refused(until, true);
				}
			}
			return Optional.ofNullable(lock);
		});
	}

	/** The attempt signed in: the account's failures are forgotten, the address gets its attempt back. */
	public void succeeded(Attempt attempt) {
		if (!settings.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			delete(attempt.kind(), attempt.account());
			giveBack(Kind.ADDRESS, attempt.address());
		});
	}

	/** The attempt ended before its secret was checked (a malformed request): nothing is counted. */
	public void abandoned(Attempt attempt) {
		if (!settings.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			giveBack(attempt.kind(), attempt.account());
			giveBack(Kind.ADDRESS, attempt.address());
		});
	}

	/** The throttle's time: the application's clock. */
	Instant now() {
		return clock.instant();
	}

	/** The locks that hold now, newest first. */
	public List<Lock> locks() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM platform_sign_in_throttle WHERE locked_until > :now "
				+ "ORDER BY locked_at DESC")
			.param("now", timestamp(clock.instant()))
			.query(LoginThrottle::read)
			.list()
			.stream()
			.map(r -> new Lock(r.kind(), r.subject(), r.failures(), r.lockedAt(), r.lockedUntil(), r.lastAddress()))
			.toList();
	}

	/** Lifts a lock that still holds, forgetting its failures; false when there was none to lift. */
	public boolean lift(Kind kind, String subject, Actor administrator) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			Optional<Row> row = find(kind, subject);
			if (row.isEmpty() || row.get().lockedUntil() == null || !row.get().lockedUntil().isAfter(now)) {
				return false;
			}
			delete(kind, subject);
			events.publishEvent(new LoginLockLifted(kind.name(), subject, row.get().failures(),
					row.get().lockedUntil(), administrator, now));
			return true;
		});
	}

	/** Forgets counts nobody added to for {@code forget-after} and locks that ended, once an hour, on one node. */
	@Scheduled(cron = "${switchboard.security.login-throttle.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "login-throttle-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public int purge() {
		Instant now = clock.instant();
		return jdbc.sql("""
				DELETE FROM platform_sign_in_throttle
				WHERE last_attempt_at < :stale AND (locked_until IS NULL OR locked_until < :now)
				  AND (next_attempt_at IS NULL OR next_attempt_at < :now)""")
			.param("stale", timestamp(now.minus(settings.forgetAfter())))
			.param("now", timestamp(now))
			.update();
	}

	private Optional<Refused> refusal(Row row, Instant now) {
		if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
			return Optional.of(new Refused(row.lockedUntil(), true));
		}
		if (row.nextAttemptAt() != null && row.nextAttemptAt().isAfter(now)) {
			return Optional.of(new Refused(row.nextAttemptAt(), false));
		}
		return Optional.empty();
	}

	private Row counted(Row row, Attempt attempt, Instant now) {
		boolean stale = row.lastAttemptAt() != null && row.lastAttemptAt().isBefore(now.minus(settings.forgetAfter()));
		// a lock that ended, or failures long past, start a new count
		int before = row.lockedUntil() != null || stale ? 0 : row.failures();
		int failures = before + 1;
		return new Row(row.kind(), row.subject(), failures, now, limits(row.kind()).nextAttempt(now, failures), null,
				null, row.kind() == Kind.ADDRESS ? row.lastAddress() : attempt.address(), row.stored());
	}

	private void giveBack(Kind kind, String subject) {
		find(kind, subject).filter(row -> row.failures() > 0).ifPresent(row -> {
			int failures = row.failures() - 1;
			save(new Row(kind, subject, failures, row.lastAttemptAt(),
					row.lockedUntil() != null ? null : limits(kind).nextAttempt(row.lastAttemptAt(), failures),
					row.lockedAt(), row.lockedUntil(), row.lastAddress(), true));
		});
	}

	private LoginThrottleSettings.Limits limits(Kind kind) {
		return kind == Kind.ADDRESS ? settings.address() : settings.account();
	}

	/** The row of this subject, locked for this transaction; a fresh one (not yet stored) when there is none. */
	private Row row(Kind kind, String subject) {
		return find(kind, subject).orElseGet(() -> new Row(kind, subject, 0, null, null, null, null, null, false));
	}

	private Optional<Row> find(Kind kind, String subject) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM platform_sign_in_throttle "
				+ "WHERE subject_type = :kind AND subject = :subject FOR UPDATE")
			.param("kind", kind.name())
			.param("subject", subject)
			.query(LoginThrottle::read)
			.optional();
	}

	private void save(Row row) {
		JdbcClient.StatementSpec statement = row.stored() ? jdbc.sql("""
				UPDATE platform_sign_in_throttle SET failures = :failures, last_attempt_at = :lastAttemptAt,
				    next_attempt_at = :nextAttemptAt, locked_at = :lockedAt, locked_until = :lockedUntil,
				    last_address = :lastAddress
				WHERE subject_type = :kind AND subject = :subject""")
				: jdbc.sql("INSERT INTO platform_sign_in_throttle (" + COLUMNS + ") VALUES (:kind, :subject, :failures, "
						+ ":lastAttemptAt, :nextAttemptAt, :lockedAt, :lockedUntil, :lastAddress)");
		statement.param("kind", row.kind().name())
			.param("subject", row.subject())
			.param("failures", row.failures())
			.param("lastAttemptAt", timestamp(row.lastAttemptAt()))
			.param("nextAttemptAt", timestamp(row.nextAttemptAt()))
			.param("lockedAt", timestamp(row.lockedAt()))
			.param("lockedUntil", timestamp(row.lockedUntil()))
			.param("lastAddress", row.lastAddress())
			.update();
	}

	private void delete(Kind kind, String subject) {
		jdbc.sql("DELETE FROM platform_sign_in_throttle WHERE subject_type = :kind AND subject = :subject")
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
	}

	/** Two first attempts for one subject at the same moment: one inserts its row, the other counts again. */
	private static <T> T retryingOnce(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DuplicateKeyException theOtherInsertedFirst) {
			return work.get();
		}
	}

	private static Row read(ResultSet rs, int n) throws SQLException {
		return new Row(Kind.valueOf(rs.getString("subject_type")), rs.getString("subject"), rs.getInt("failures"),
				instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"), instant(rs, "locked_at"),
				instant(rs, "locked_until"), rs.getString("last_address"), true);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private record Row(Kind kind, String subject, int failures, Instant lastAttemptAt, Instant nextAttemptAt,
			Instant lockedAt, Instant lockedUntil, String lastAddress, boolean stored) {

		Row lockedAt(Instant at, Instant until) {
			return new Row(kind, subject, failures, lastAttemptAt, null, at, until, lastAddress, stored);
		}
	}
}
