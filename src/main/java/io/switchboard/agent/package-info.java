/**
 * The people who work at the desk: care agents, managers, back-office agents, administrators, and
 * the agents of MVNOs and resellers. An agent belongs to one partner, which bounds the customers it
 * sees; has roles; an adjustment approval limit; and a language and time zone the desk remembers.
 * This module is the desk's user store: login checks an agent's hashed password here.
 */
@ApplicationModule(displayName = "Agents", allowedDependencies = { "shared", "platform", "platform :: i18n", "platform :: security", "partner" })
package io.switchboard.agent;

import org.springframework.modulith.ApplicationModule;
