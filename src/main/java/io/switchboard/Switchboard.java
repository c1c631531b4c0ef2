package io.switchboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Switchboard: the desk a care agent works at while a customer is on the line.
 * One Spring Modulith application module per care capability; see {@code README.md} for the map.
 * Scheduled jobs are switched on in {@code platform.jobs} (and off with {@code switchboard.jobs.enabled=false}),
 * not here.
 */
@SpringBootApplication
@Modulithic(systemName = "Switchboard", sharedModules = { "shared", "platform" })
public class Switchboard {

	public static void main(String[] args) {
		SpringApplication.run(Switchboard.class, args);
	}
}
