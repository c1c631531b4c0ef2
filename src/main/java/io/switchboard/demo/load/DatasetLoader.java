package io.switchboard.demo.load;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.demo.DemoSettings;
import io.switchboard.demo.LoadSettings;
import io.switchboard.demo.generator.Chunk;
import io.switchboard.demo.generator.DemoGenerator;
import io.switchboard.demo.generator.DemoPartner;
import io.switchboard.demo.generator.ReferenceData;
import io.switchboard.demo.generator.Segment;
import io.switchboard.demo.generator.Tenancy;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.PartnerScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a large generated dataset (a million customers, for benchmarks and capacity tests) with the
 * demo operator's generator. One thread generates chunks of a thousand customers into a short queue
 * while writer threads write them through the import APIs (COPY on PostgreSQL), one transaction per
 * chunk, committed in chunk order ({@link CommitOrder}), so a failed load keeps an unbroken run of
 * chunks and an appending load continues after them.
 * Indexes and constraints stay in place: the loaded database is the one benchmarks run on.
 */
@Component
class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	/** Marks the end of the queue. */
	private static final Chunk END = new Chunk(Integer.MAX_VALUE, List.of(), List.of(), List.of(), List.of());

	private final DemoSettings demo;
	private final PartnerApi partners;
	private final AgentApi agents;
	private final CustomerImport customers;
	private final CustomerSearch search;
	private final DatasetWriter writer;
	private final TransactionTemplate transaction;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DatasetLoader(DemoSettings demo, PartnerApi partners, AgentApi agents, CustomerImport customers,
			CustomerSearch search, DatasetWriter writer, PlatformTransactionManager transactions, JdbcTemplate jdbc,
			Clock clock) {
		this.demo = demo;
		this.partners = partners;
		this.agents = agents;
		this.customers = customers;
		this.search = search;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a load did. */
	record Report(long customers, long lines, long rows, int firstChunk, int chunks, double seconds) {

		double customersPerSecond() {
			return seconds == 0 ? 0 : customers / seconds;
		}
	}

	/**
	 * Loads {@code count} generated customers. Refuses with {@link DatasetRefused} when the database
	 * already holds customers, unless {@code append}: then it continues after the last chunk loaded.
	 */
	Report load(long count, boolean append, LoadSettings settings) {
		long existing = customers.count();
		if (existing > 0 && !append) {
			throw new DatasetRefused(("The database already holds %,d customers. Load into an empty database, "
					+ "or add --append (switchboard.load.append=true) to add %,d more after them.").formatted(existing,
							count));
		}
		DemoGenerator generator = new DemoGenerator(demo.seed(),
				demo.anchor() != null ? demo.anchor() : LocalDate.now(clock));
		ReferenceData reference = generator.reference();
		long started = System.nanoTime();
		long wellKnownRows = partners.findByCode(DemoPartner.OPERATOR.code()).isEmpty()
				? writeReferenceAndWellKnown(generator, reference) : -1;
		// Freshly written, or already there (an earlier load, a first start, another node): read it back.
		Tenancy tenancy = wellKnownRows >= 0 ? reference.tenancy() : tenancyInDatabase(reference);
		wellKnownRows = Math.max(0, wellKnownRows);
		int firstChunk = append ? firstFreeChunk() : 0;
		int chunks = DemoGenerator.chunkCount(count);
		long room = DemoGenerator.maxCustomers() - (long) firstChunk * DemoGenerator.CHUNK_SIZE;
		if (count > room) {
			throw new DatasetRefused(("The generator numbers at most %,d customers without repeating an MDN, ICCID "
					+ "or IMEI; %,d more fit in this database.").formatted(DemoGenerator.maxCustomers(), room));
		}
		boolean postgres = isPostgres();
		log.info("Loading {} customers in {} chunks from chunk {} (seed {}, anchor {}){}", "%,d".formatted(count),
				chunks, firstChunk, generator.seed(), generator.anchorDate(),
				postgres ? " with COPY, synchronous_commit off" : "");

		BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(settings.queue());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Thread> threads = new ArrayList<>();
		Thread producer = Thread.ofPlatform().name("dataset-generator").daemon(true).unstarted(() -> {
			try {
				for (int i = 0; i < chunks; i++) {
					int size = (int) Math.min(DemoGenerator.CHUNK_SIZE, count - (long) i * DemoGenerator.CHUNK_SIZE);
					queue.put(generator.chunk(firstChunk + i, size, tenancy));
				}
				queue.put(END);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (Throwable e) {
				failed(failure, e, threads);
			}
		});
		threads.add(producer);

		CommitOrder order = new CommitOrder(firstChunk);
		AtomicLong customersWritten = new AtomicLong();
		AtomicLong linesWritten = new AtomicLong();
		AtomicLong rows = new AtomicLong(wellKnownRows);
		try (ProgressBar progress = progressBar(count, settings)) {
			for (int w = 0; w < settings.writers(); w++) {
				threads.add(Thread.ofPlatform().name("dataset-writer-" + w).daemon(true).unstarted(() -> {
					try {
						for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
							write(chunk, postgres, order);
							order.committed(chunk.index());
							customersWritten.addAndGet(chunk.customers().size());
							rows.addAndGet(chunk.rows());
							progress.stepBy(chunk.customers().size());
							progress.setExtraMessage(" %,d lines, %,d rows"
								.formatted(linesWritten.addAndGet(chunk.lines().size()), rows.get()));
						}
						// Leave the end mark for the other writers.
						queue.put(END);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					catch (Throwable e) {
						order.fail();
						failed(failure, e, threads);
					}
				}));
			}
			threads.forEach(Thread::start);
			for (Thread thread : threads.subList(1, threads.size())) {
				thread.join();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			threads.forEach(Thread::interrupt);
			throw new IllegalStateException("load interrupted after " + customersWritten.get() + " customers", e);
		}
		finally {
			producer.interrupt();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("the load failed after " + customersWritten.get() + " customers: "
					+ failure.get().getMessage(), failure.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Report report = new Report(customersWritten.get(), linesWritten.get(), rows.get(), firstChunk, chunks, seconds);
		log.info("Loaded {} customers, {} lines, {} rows in {} s: {} customers/s",
				"%,d".formatted(report.customers()), "%,d".formatted(report.lines()), "%,d".formatted(report.rows()),
				"%.1f".formatted(report.seconds()), "%,.0f".formatted(report.customersPerSecond()));
		if (postgres) {
			vacuum();
		}
		return report;
	}

	/**
	 * Sets the visibility map and the planner's statistics on what was just written, as autovacuum would
	 * some minutes later: until then index-only scans still visit the table, and search on a freshly
	 * loaded dataset is slower than on a live one. (Outside a transaction: VACUUM cannot run in one.)
	 */
	private void vacuum() {
		long started = System.nanoTime();
		jdbc.execute("vacuum (analyze)");
		log.info("Vacuumed and analysed the database in {} s", "%.1f".formatted((System.nanoTime() - started) / 1e9));
	}

	/** One chunk, one transaction, committed in chunk order. */
	private void write(Chunk chunk, boolean postgres, CommitOrder order) {
		transaction.executeWithoutResult(status -> {
			if (postgres) {
				// A crash loses at most the last chunks, which an appending load writes again; not waiting
				// for each commit's WAL flush saves a disk round trip per chunk.
				jdbc.execute("set local synchronous_commit to off");
			}
			writer.writeChunk(chunk);
			try {
				order.awaitTurn(chunk.index());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted before chunk " + chunk.index() + " could commit", e);
			}
		});
	}

	/** The first failure stops the load: every other thread is interrupted. */
	private static void failed(AtomicReference<Throwable> failure, Throwable e, List<Thread> threads) {
		if (failure.compareAndSet(null, e)) {
			threads.stream().filter(t -> t != Thread.currentThread()).forEach(Thread::interrupt);
		}
	}

	/** Writes the reference data and the well-known customers; -1 when another node already had. */
	private long writeReferenceAndWellKnown(DemoGenerator generator, ReferenceData reference) {
		try {
			return transaction.execute(status -> {
				writer.writeReference(reference);
				Chunk wellKnown = generator.wellKnown(reference.tenancy());
				writer.writeChunk(wellKnown);
				writer.writeCarePins(generator.carePins(wellKnown));
				writer.writeTickets(generator.tickets(reference, wellKnown, null));
				return wellKnown.rows() + reference.partners().size() + reference.rules().size()
						+ reference.agents().size() + reference.plans().size() + reference.features().size();
			});
		}
		catch (DatasetWriter.AlreadyGenerated e) {
			return -1;
		}
	}

	/**
	 * The demo partners and signing agents as the database has them, for a load into a database that
	 * already has the demo operator (from a first start, or an earlier load with the same seed).
	 */
	private Tenancy tenancyInDatabase(ReferenceData reference) {
		Map<DemoPartner, UUID> ids = new EnumMap<>(DemoPartner.class);
		for (DemoPartner partner : DemoPartner.values()) {
			PartnerView found = partners.findByCode(partner.code())
				.orElseThrow(() -> new DatasetRefused("The database has partners but not the demo partner "
						+ partner.code() + "; load into an empty database."));
			ids.put(partner, found.id());
		}
		Map<Segment, List<Tenancy.Signer>> signers = new EnumMap<>(Segment.class);
		for (ReferenceData.Agent agent : reference.agents()) {
			if (agent.signsFor() == null) {
				continue;
			}
			AgentView found = agents.findByUsername(agent.username())
				.orElseThrow(() -> new DatasetRefused("The demo operator in the database was generated with another "
						+ "seed (agent " + agent.username() + " is missing); load with the same switchboard.demo.seed."));
			signers.computeIfAbsent(agent.signsFor(), s -> new ArrayList<>())
				.add(new Tenancy.Signer(found.id(), found.username(), found.displayName()));
		}
		return new Tenancy(ids, signers);
	}

	/**
	 * The first chunk not yet in the database. Chunks are written in order, one transaction each, so
	 * the loaded chunks are a prefix: probe chunk starts by customer number, doubling, then halving.
	 */
	private int firstFreeChunk() {
		if (!chunkExists(0)) {
			return 0;
		}
		int present = 0;
		int absent = 1;
		while (chunkExists(absent)) {
			present = absent;
			absent *= 2;
		}
		while (absent - present > 1) {
			int middle = present + (absent - present) / 2;
			if (chunkExists(middle)) {
				present = middle;
			}
			else {
				absent = middle;
			}
		}
		return absent;
	}

	private boolean chunkExists(int chunk) {
		String number = DemoGenerator.customerNumber((long) chunk * DemoGenerator.CHUNK_SIZE);
		return !search.byCustomerNumber(number, PartnerScope.EVERYONE).isEmpty();
	}

	private boolean isPostgres() {
		String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	private static ProgressBar progressBar(long count, LoadSettings settings) {
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Loading")
			.setInitialMax(count)
			.setUnit(" customers", 1)
			.showSpeed()
			.setSpeedUnit(ChronoUnit.SECONDS);
		if ("log".equalsIgnoreCase(settings.progress())) {
			// Not a terminal (a CI log, a file): a progress line every ten seconds instead of a redrawn bar.
			builder.setConsumer(new DelegatingProgressBarConsumer(log::info, 150))
				.setStyle(ProgressBarStyle.ASCII)
				.setUpdateIntervalMillis(10_000);
		}
		else {
			builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK);
		}
		return builder.build();
	}

	/** The load would mix generated customers into a database that already has some. */
	static final class DatasetRefused extends RuntimeException {

		DatasetRefused(String message) {
			super(message);
		}
	}
}
