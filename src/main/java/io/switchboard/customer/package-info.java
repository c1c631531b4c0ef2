/**
 * The people and organisations the operator serves: names, date of birth, identification (passport,
 * tax id with the Russian INN checksum), contact media, related parties and their roles, billing
 * accounts with their contract, FLASH notes (the alerts an agent reads first), each agent's
 * recently opened customers, the care PIN a caller proves who they are with, and the gate in front of
 * every secret read out to a caller ({@link io.switchboard.customer.SecretReveals}: the partner's rule
 * against the call, which the interaction module reports through the
 * {@link io.switchboard.customer.CurrentCalls} SPI). Every read takes the actor's
 * {@link io.switchboard.shared.PartnerScope}: a customer of another partner is answered as not found.
 */
@ApplicationModule(displayName = "Customers", allowedDependencies = { "shared", "platform", "platform :: crypto", "platform :: i18n", "platform :: jdbc", "platform :: web", "partner", "audit" })
package io.switchboard.customer;

import org.springframework.modulith.ApplicationModule;
