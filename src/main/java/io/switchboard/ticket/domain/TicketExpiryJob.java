package io.switchboard.ticket.domain;

import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags tickets that waited too long, partner by partner, with the partner's
 * {@link PartnerRule#TICKET_EXPIRY_DAYS} (default 30): Expired 1 when no agent answered for that many
 * days, Expired 2 when the customer neither read nor closed the answer for that many days. Runs on
 * {@code switchboard.ticket.expiry-cron}, on one node of a cluster at a time (ShedLock); takes the time
 * from the application's clock.
 */
@Component
public class TicketExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(TicketExpiryJob.class);

	private final Tickets tickets;
	private final PartnerApi partners;
	private final Clock clock;

	public TicketExpiryJob(Tickets tickets, PartnerApi partners, Clock clock) {
		this.tickets = tickets;
		this.partners = partners;
		this.clock = clock;
	}

	@Scheduled(cron = "${switchboard.ticket.expiry-cron:0 */15 * * * *}")
	@SchedulerLock(name = "ticket-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void scheduled() {
		run();
	}

	/** Flags what is due now; returns how many tickets were flagged. */
	public int run() {
		Instant now = clock.instant();
		int flagged = 0;
		for (UUID partnerId : tickets.partnersWithOpenTickets()) {
			int days = partners.intRule(partnerId, PartnerRule.TICKET_EXPIRY_DAYS);
			flagged += tickets.expire(partnerId, now.minus(Duration.ofDays(days)), now);
		}
		if (flagged > 0) {
			log.info("Ticket expiry: {} tickets flagged", flagged);
		}
		return flagged;
	}
}
