/**
 * Interactions: every contact with a customer (a call, an e-mail, a chat, an SMS, a store or web
 * visit), who handled it, who was calling and how they proved it (the care PIN, or date of birth and
 * document; verifications and locks audited), what was read out to them, why the customer got in touch,
 * how it was wrapped up, and the tickets created while it was open. Answers the customer module's
 * {@link io.switchboard.customer.CurrentCalls} SPI, so the gate in front of secrets knows the call
 * without this module being called by the modules that keep them. Serves the interaction bar (360 and
 * line page), the verify panel, the Interactions tab, and TMF683 Party Interaction.
 */
@ApplicationModule(displayName = "Interactions",
		allowedDependencies = { "shared", "platform", "platform :: codes", "platform :: jdbc", "platform :: tmf", "platform :: web", "customer", "agent", "ticket", "audit" })
package io.switchboard.interaction;

import org.springframework.modulith.ApplicationModule;
