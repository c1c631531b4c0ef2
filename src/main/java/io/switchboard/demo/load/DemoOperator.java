package io.switchboard.demo.load;

import io.switchboard.demo.DemoSettings;
import io.switchboard.demo.LoadSettings;
import io.switchboard.demo.generator.Chunk;
import io.switchboard.demo.generator.DemoGenerator;
import io.switchboard.demo.generator.DemoPartner;
import io.switchboard.demo.generator.ReferenceData;
import io.switchboard.demo.generator.Tenancy;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.security.ApiClients;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo operator on first start: when {@code switchboard.demo.enabled} and the database
 * holds no partner, it writes the partners, agents, catalog, the three well-known customers and
 * {@code switchboard.demo.customers} generated customers, in one transaction, so a desk never sees half
 * a demo. It runs when all beans are ready and before the web server starts (not as an
 * {@code ApplicationRunner}, which runs after the server already accepts requests), so the first agent
 * to log in finds the data. A dataset load ({@code switchboard.load.customers}) does this itself.
 */
@Component
class DemoOperator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoOperator.class);

	private final DemoSettings settings;
	private final LoadSettings load;
	private final PartnerApi partners;
	private final DatasetWriter writer;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ObjectProvider<ApiClients> apiClients;

	DemoOperator(DemoSettings settings, LoadSettings load, PartnerApi partners, DatasetWriter writer,
			PlatformTransactionManager transactions, Clock clock, ObjectProvider<ApiClients> apiClients) {
		this.apiClients = apiClients;
		this.settings = settings;
		this.load = load;
		this.partners = partners;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (settings.enabled() && !load.requested()) {
			generateIfEmpty();
		}
	}

	/** What was generated, for the log line and the tests. */
	record Summary(int partners, int agents, int plans, int features, long customers, long lines, long rows,
			long millis) {
	}

	/** Generates the demo operator unless the database already has partners. */
	Optional<Summary> generateIfEmpty() {
		if (!partners.all().isEmpty()) {
			log.debug("The database has partners; no demo operator generated");
			return Optional.empty();
		}
		return generate();
	}

	/**
	 * Generates the demo operator, or finds that another node has (see {@link DatasetWriter#writeReference}):
	 * then nothing is written and nothing fails.
	 */
	Optional<Summary> generate() {
		long started = System.nanoTime();
		DemoGenerator generator = new DemoGenerator(settings.seed(), anchorDate());
		try {
			Summary summary = transaction.execute(status -> {
				ReferenceData reference = generator.reference();
				writer.writeReference(reference);
				Tenancy tenancy = reference.tenancy();
				long customers = 0;
				long lines = 0;
				long rows = 0;
				Chunk wellKnown = generator.wellKnown(tenancy);
				writer.writeChunk(wellKnown);
				writer.writeCarePins(generator.carePins(wellKnown));
				customers += wellKnown.customers().size();
				lines += wellKnown.lines().size();
				rows += wellKnown.rows();
				int chunks = DemoGenerator.chunkCount(settings.customers());
				Chunk first = null;
				for (int k = 0; k < chunks; k++) {
					int size = (int) Math.min(DemoGenerator.CHUNK_SIZE,
							settings.customers() - (long) k * DemoGenerator.CHUNK_SIZE);
					Chunk chunk = generator.chunk(k, size, tenancy);
					writer.writeChunk(chunk);
					first = first == null ? chunk : first;
					customers += chunk.customers().size();
					lines += chunk.lines().size();
					rows += chunk.rows();
				}
				writer.writeTickets(generator.tickets(reference, wellKnown, first));
				rows += reference.partners().size() + reference.rules().size() + reference.agents().size()
						+ reference.plans().size() + reference.features().size();
				return new Summary(reference.partners().size(), reference.agents().size(), reference.plans().size(),
						reference.features().size(), customers, lines, rows, 0);
			});
			apiClients.ifAvailable(DemoOperator::registerApiClients);
			long millis = (System.nanoTime() - started) / 1_000_000;
			log.info("Generated the demo operator (seed {}, anchor {}) in {} ms: {} partners, {} agents, {} plans, "
					+ "{} features, {} customers, {} lines, {} rows", settings.seed(), generator.anchorDate(), millis,
					summary.partners(), summary.agents(), summary.plans(), summary.features(), summary.customers(),
					summary.lines(), summary.rows());
			return Optional.of(new Summary(summary.partners(), summary.agents(), summary.plans(), summary.features(),
					summary.customers(), summary.lines(), summary.rows(), millis));
		}
		catch (DatasetWriter.AlreadyGenerated e) {
			log.info("Another node generated the demo operator; nothing to do here");
			return Optional.empty();
		}
	}

	/** The demo's API clients (README): one for the operator, one that sees only Bluewave Wireless's data. */
	static void registerApiClients(ApiClients clients) {
		if (!clients.exists("tmf-operator")) {
			clients.register("tmf-operator", "tmf-operator-secret", "Operator integration (demo)",
					DemoPartner.OPERATOR.code());
		}
		if (!clients.exists("tmf-bluewave")) {
			clients.register("tmf-bluewave", "tmf-bluewave-secret", "Bluewave Wireless integration (demo)",
					DemoPartner.BLUEWAVE.code());
		}
	}

	private LocalDate anchorDate() {
		return settings.anchor() != null ? settings.anchor() : LocalDate.now(clock);
	}
}
