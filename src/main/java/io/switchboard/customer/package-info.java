/**
 * The people and organisations the operator serves: names, date of birth, identification (passport,
 * tax id with the Russian INN checksum), contact media, related parties and their roles, billing
 * accounts with their contract, FLASH notes (the alerts an agent reads first), and each agent's
 * recently opened customers. Every read takes the actor's {@link io.switchboard.shared.PartnerScope}:
 * a customer of another partner is answered as not found.
 */
@ApplicationModule(displayName = "Customers", allowedDependencies = { "shared", "platform", "partner", "audit" })
package io.switchboard.customer;

import org.springframework.modulith.ApplicationModule;
