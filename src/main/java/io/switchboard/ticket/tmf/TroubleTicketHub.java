package io.switchboard.ticket.tmf;

import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.tmf.TmfHubApi;
import io.switchboard.platform.tmf.TmfNotifier;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketClosed;
import io.switchboard.ticket.TicketCommented;
import io.switchboard.ticket.TicketCreated;
import io.switchboard.ticket.TicketEvent;
import io.switchboard.ticket.TicketExpired;
import io.switchboard.ticket.TicketUpdated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * TMF621's events: subscribers registered at {@code /tmf-api/troubleTicket/v4/hub} hear of every ticket
 * created, every status move (dispatch, take, forward, return, answer, reply, assignment, close) and
 * every other change (edits, comments, expiry). Sent after the change committed, from the event
 * publication registry; the ticket is sent as it is when the event is handled.
 */
@Configuration(proxyBeanMethods = false)
class TroubleTicketHub {

	static final String API = "troubleTicket";
	static final String CREATE = "TroubleTicketCreateEvent";
	static final String STATE = "TroubleTicketStatusChangeEvent";
	static final String ATTRIBUTES = "TroubleTicketAttributeValueChangeEvent";
	static final String RESOLVED = "TroubleTicketResolvedEvent";

	private final TicketApi tickets;
	private final TroubleTicketRepresentation representation;
	private final TmfNotifier notifier;
	private final PartnerApi partners;

	TroubleTicketHub(TicketApi tickets, TroubleTicketRepresentation representation, TmfNotifier notifier,
			PartnerApi partners) {
		this.tickets = tickets;
		this.partners = partners;
		this.representation = representation;
		this.notifier = notifier;
	}

	@Bean
	TmfHubApi troubleTicketHubApi() {
		return new TmfHubApi(API);
	}

	@ApplicationModuleListener
	void on(TicketEvent event) {
		switch (event) {
			case TicketCreated created -> send(CREATE, created.number());
			case TicketClosed closed -> {
				send(STATE, closed.number());
				send(RESOLVED, closed.number());
			}
			case TicketUpdated updated -> send(ATTRIBUTES, updated.number());
			case TicketCommented commented -> send(ATTRIBUTES, commented.number());
			case TicketExpired expired -> send(ATTRIBUTES, expired.number());
			// dispatched, taken, forwarded, returned, answered, reopened, assigned: a status move
			default -> send(STATE, event.number());
		}
	}

	/**
	 * One event body goes to every subscriber that may read the ticket, the ticket's own partner's among
	 * them: it is written for that partner's eyes (no queue of the operator's named to a reseller).
	 */
	private void send(String eventType, String number) {
		tickets.find(number, PartnerScope.EVERYONE).ifPresent(ticket -> notifier.publish(API, eventType,
				"troubleTicket", representation.toJson(ticket,
						PartnerScope.of(partners.selfAndDescendants(ticket.partnerId()))),
				ticket.partnerId()));
	}
}
