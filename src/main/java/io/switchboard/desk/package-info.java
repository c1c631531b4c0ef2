/**
 * The agent desktop's shell: the home page (recently opened customers; for back-office agents and
 * managers first their ticket folders and queues with their counts, from the ticket module), the
 * global search box on every page, and the frame of the customer 360 whose panels load themselves from the modules that
 * own their data. The desk owns no data: it classifies what the agent typed by its shape, asks the
 * module that owns that identifier, and lays out what comes back. Panels that combine several
 * modules (the lines with their remaining minutes, texts and data; the important information) are
 * composed here. Opening a customer starts nothing: the interaction module's bar in the 360's header
 * starts the call.
 */
@ApplicationModule(displayName = "Agent desktop", allowedDependencies = { "shared", "platform", "platform :: security", "platform :: web", "partner", "agent",
		"customer", "catalog", "line", "balance", "audit", "interaction", "ticket" })
package io.switchboard.desk;

import org.springframework.modulith.ApplicationModule;
