package io.switchboard.interaction.tmf;

import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionEnded;
import io.switchboard.interaction.InteractionStarted;
import io.switchboard.interaction.InteractionUpdated;
import io.switchboard.interaction.InteractionView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.platform.tmf.TmfHubApi;
import io.switchboard.platform.tmf.TmfNotifier;
import io.switchboard.shared.PartnerScope;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * TMF683's events: subscribers registered at {@code /tmf-api/partyInteraction/v4/hub} hear of every
 * interaction recorded (create), ended (status change) and otherwise changed (attribute value change).
 * The listeners run after the change committed, from the event publication registry, so an event
 * is never sent for a change that was rolled back.
 */
@Configuration(proxyBeanMethods = false)
class PartyInteractionHub {

	static final String API = "partyInteraction";

	private final InteractionApi interactions;
	private final CustomerApi customers;
	private final PartyInteractionRepresentation representation;
	private final TmfNotifier notifier;

	PartyInteractionHub(InteractionApi interactions, CustomerApi customers, PartyInteractionRepresentation representation,
			TmfNotifier notifier) {
		this.interactions = interactions;
		this.customers = customers;
		this.representation = representation;
		this.notifier = notifier;
	}

	@Bean
	TmfHubApi partyInteractionHubApi() {
		return new TmfHubApi(API);
	}

	@ApplicationModuleListener
	void on(InteractionStarted event) {
		send("PartyInteractionCreateEvent", event.number());
	}

	@ApplicationModuleListener
	void on(InteractionEnded event) {
		send("PartyInteractionStatusChangeEvent", event.number());
	}

	@ApplicationModuleListener
	void on(InteractionUpdated event) {
		send("PartyInteractionAttributeValueChangeEvent", event.number());
	}

	private void send(String eventType, String number) {
		interactions.find(number, PartnerScope.EVERYONE).ifPresent(view -> notifier.publish(API, eventType,
				"partyInteraction", representation.toJson(view, customer(view)), view.partnerId()));
	}

	private io.switchboard.customer.CustomerSummary customer(InteractionView view) {
		return view.customerId() == null ? null
				: customers.summaries(List.of(view.customerId()), PartnerScope.EVERYONE).get(view.customerId());
	}
}
