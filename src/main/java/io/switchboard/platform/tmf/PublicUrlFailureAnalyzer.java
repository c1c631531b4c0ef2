package io.switchboard.platform.tmf;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when a node serving the TMF APIs starts without a usable public URL. */
class PublicUrlFailureAnalyzer extends AbstractFailureAnalyzer<PublicUrl.Missing> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PublicUrl.Missing cause) {
		String description = cause.given() == null
				? "This node serves the TM Forum APIs, but switchboard.api.public-url is not set. Every href, Location "
						+ "header and event names the application's public address; without it they would follow the "
						+ "Host header each client sends."
				: "switchboard.api.public-url is '" + cause.given() + "', which is not an absolute http or https address "
						+ "(without query, fragment or user name).";
		String action = "Set switchboard.api.public-url (environment variable SWITCHBOARD_API_PUBLIC_URL) to the address "
				+ "integrators reach this application at, e.g. https://care.example.com (the APIs are under /tmf-api/ "
				+ "below it). Only the demo profile falls back to http://localhost:<port>.";
		return new FailureAnalysis(description, action, cause);
	}
}
