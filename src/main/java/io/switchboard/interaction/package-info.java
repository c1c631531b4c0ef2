/**
 * Interactions: every contact with a customer (a call, an e-mail, a chat, an SMS, a store or web
 * visit), who handled it, why the customer got in touch, how it was wrapped up, and the tickets
 * created while it was open. Serves the 360's interaction bar and Interactions tab, and TMF683
 * Party Interaction.
 */
@ApplicationModule(displayName = "Interactions",
		allowedDependencies = { "shared", "platform", "customer", "agent", "ticket" })
package io.switchboard.interaction;

import org.springframework.modulith.ApplicationModule;
