package io.switchboard.ticket.tmf;

import io.switchboard.platform.tmf.TmfHubApi;
import io.switchboard.platform.tmf.TmfNotifier;
import io.switchboard.shared.PartnerScope;
import io.switchboard.ticket.TicketAnswered;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketAssigned;
import io.switchboard.ticket.TicketClosed;
import io.switchboard.ticket.TicketCommented;
import io.switchboard.ticket.TicketCreated;
import io.switchboard.ticket.TicketDispatched;
import io.switchboard.ticket.TicketExpired;
import io.switchboard.ticket.TicketForwarded;
import io.switchboard.ticket.TicketReopened;
import io.switchboard.ticket.TicketReturned;
import io.switchboard.ticket.TicketTaken;
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

	TroubleTicketHub(TicketApi tickets, TroubleTicketRepresentation representation, TmfNotifier notifier) {
		this.tickets = tickets;
		this.representation = representation;
		this.notifier = notifier;
	}

	@Bean
	TmfHubApi troubleTicketHubApi() {
		return new TmfHubApi(API);
	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		send(CREATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketDispatched event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketTaken event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketForwarded event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketReturned event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketAnswered event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketReopened event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		send(STATE, event.number());
	}

	@ApplicationModuleListener
	void on(TicketClosed event) {
		send(STATE, event.number());
		send(RESOLVED, event.number());
	}

	@ApplicationModuleListener
	void on(TicketUpdated event) {
		send(ATTRIBUTES, event.number());
	}

	@ApplicationModuleListener
	void on(TicketCommented event) {
		send(ATTRIBUTES, event.number());
	}

	@ApplicationModuleListener
	void on(TicketExpired event) {
		send(ATTRIBUTES, event.number());
	}

	private void send(String eventType, String number) {
		tickets.find(number, PartnerScope.EVERYONE).ifPresent(ticket -> notifier.publish(API, eventType,
				"troubleTicket", representation.toJson(ticket, PartnerScope.EVERYONE), ticket.partnerId()));
	}
}
