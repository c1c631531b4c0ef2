/**
 * The audit trail: who viewed or changed what, and when. Every module writes here in the same
 * transaction as the change it records (a profile edit with its before and after values), and every
 * reveal of a secret (PIN/PUK, service password, passport number) leaves an entry. Entries are never
 * changed or deleted by the application.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "platform", "platform :: security", "platform :: web" })
package io.switchboard.audit;

import org.springframework.modulith.ApplicationModule;
