package io.switchboard.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A large-dataset load ({@code switchboard.load.*}): when {@code customers} is set, the application
 * starts without generating the demo operator, loads that many generated customers (with the demo
 * operator's partners, agents and catalog if the database has none) and exits. Usually run through
 * {@code bin/load-dataset}.
 *
 * @param customers how many customers to load; empty means no load is requested
 * @param append add to a database that already holds customers (after the last loaded chunk) instead
 *        of refusing
 * @param writers how many chunks are written at once, each on its own connection and transaction
 *        (commits still land in chunk order); PostgreSQL does most of a load's work, one backend per writer
 * @param queue how many generated chunks may wait for a writer; bounds memory while generation runs
 *        ahead of the database
 * @param progress {@code bar} for an interactive progress bar, {@code log} for progress lines in the
 *        log (when the output is not a terminal)
 */
@ConfigurationProperties("switchboard.load")
public record LoadSettings(Long customers, @DefaultValue("false") boolean append, @DefaultValue("2") int writers,
		@DefaultValue("4") int queue, @DefaultValue("bar") String progress) {

	public LoadSettings {
		if (customers != null && customers < 1) {
			throw new IllegalArgumentException("switchboard.load.customers must be at least 1: " + customers);
		}
		if (writers < 1) {
			throw new IllegalArgumentException("switchboard.load.writers must be at least 1: " + writers);
		}
		if (queue < 1) {
			throw new IllegalArgumentException("switchboard.load.queue must be at least 1: " + queue);
		}
	}

	/** True when this run is a dataset load rather than the desk. */
	public boolean requested() {
		return customers != null;
	}
}
