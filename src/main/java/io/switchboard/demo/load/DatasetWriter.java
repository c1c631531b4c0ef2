package io.switchboard.demo.load;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentApi.NewAgent;
import io.switchboard.balance.BalanceImport;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewCarePin;
import io.switchboard.demo.generator.Chunk;
import io.switchboard.demo.generator.DemoPartner;
import io.switchboard.demo.generator.ReferenceData;
import io.switchboard.interaction.InteractionImport;
import io.switchboard.line.LineImport;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerApi.NewPartner;
import io.switchboard.ticket.TicketImport;
import io.switchboard.demo.generator.DemoTickets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes generated data through the owning modules' public APIs: partners, rules, agents and the
 * catalog one by one (they are few, and their services check them), customers, lines and balances in
 * bulk through the import APIs (COPY on PostgreSQL). Joins the caller's transaction.
 */
@Component
class DatasetWriter {

	/** Who the partner rules say set them. */
	static final String ACTOR = "demo";

	/** A demo login: if it exists, the demo operator's reference data is complete (it is written in one go). */
	private static final String FIRST_LOGIN = "agent";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PartnerApi partners;
	private final AgentApi agents;
	private final CatalogApi catalog;
	private final CustomerImport customers;
	private final LineImport lines;
	private final BalanceImport balances;
	private final InteractionImport interactions;
	private final TicketImport tickets;

	@PersistenceContext
	private EntityManager entityManager;

	DatasetWriter(PartnerApi partners, AgentApi agents, CatalogApi catalog, CustomerImport customers, LineImport lines,
			BalanceImport balances, InteractionImport interactions, TicketImport tickets) {
		this.tickets = tickets;
		this.partners = partners;
		this.agents = agents;
		this.catalog = catalog;
		this.customers = customers;
		this.lines = lines;
		this.balances = balances;
		this.interactions = interactions;
	}

	/**
	 * Writes partners, rules, agents and catalog. The operator goes first and is flushed at once: its
	 * primary key and unique code are the guard when two nodes start on an empty database together. The
	 * node that comes second either waits on the key and fails with a constraint violation, or (when the
	 * first has already committed) finds the demo logins; either way it gets {@link AlreadyGenerated}
	 * and its transaction rolls back, leaving the first node's data alone.
	 */
	void writeReference(ReferenceData reference) {
		for (NewPartner partner : reference.partners()) {
			partners.create(partner);
			if (partner.code().equals(DemoPartner.OPERATOR.code())) {
				guard();
			}
		}
		for (ReferenceData.Rule rule : reference.rules()) {
			partners.setRule(reference.partnerId(rule.partner()), rule.rule(), rule.value(), ACTOR);
		}
		for (ReferenceData.Agent agent : reference.agents()) {
			agents.create(new NewAgent(agent.id(), agent.username(), agent.displayName(),
					agent.password() != null ? agent.password() : unusablePassword(),
					reference.partnerId(agent.partner()), agent.roles(), agent.language(), agent.timeZone(),
					agent.approvalLimit()));
		}
		reference.plans().forEach(catalog::addPlan);
		reference.features().forEach(catalog::addFeature);
		interactions.importWrapUpCodes(reference.wrapUpCodes());
		// The bulk imports write over JDBC beside JPA: the entities go to the database first.
		entityManager.flush();
	}

	private void guard() {
		try {
			entityManager.flush();
		}
		catch (RuntimeException e) {
			if (isConstraintViolation(e)) {
				throw new AlreadyGenerated();
			}
			throw e;
		}
		if (agents.findByUsername(FIRST_LOGIN).isPresent()) {
			throw new AlreadyGenerated();
		}
	}

	/** SQLSTATE class 23: integrity constraint violation (here: the operator's key or code is taken). */
	private static boolean isConstraintViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Generated agents sign customers up; nobody logs in as them. Their password is random and thrown
	 * away (never derived from the seed, which is public).
	 */
	private static String unusablePassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** Writes one chunk's customers, then their lines, then the lines' balances, then past interactions. */
	void writeChunk(Chunk chunk) {
		customers.importCustomers(chunk.customers());
		lines.importLines(chunk.lines());
		balances.importBalances(chunk.balances());
		interactions.importInteractions(chunk.interactions());
	}

	/** Gives the well-known customers their care PINs. */
	void writeCarePins(List<NewCarePin> pins) {
		customers.importCarePins(pins);
	}

	/** Writes the ticket lists (categories, resolution codes, queues) and the demo tickets. */
	void writeTickets(DemoTickets.Data data) {
		tickets.importLists(data.categories(), data.resolutions(), data.queues(), ACTOR);
		tickets.importTickets(data.tickets());
	}

	/** Another node wrote (or is writing) the demo operator's reference data. */
	static final class AlreadyGenerated extends RuntimeException {

		AlreadyGenerated() {
			super("the demo operator exists already", null, false, false);
		}
	}
}
