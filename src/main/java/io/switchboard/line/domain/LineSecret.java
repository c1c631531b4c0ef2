package io.switchboard.line.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The secrets kept for a line, encrypted at rest: the SIM's PIN and PUK codes and the service
 * password. An agent reads one only through an audited reveal; the audit names which, never the value.
 */
public enum LineSecret {

	PIN1, PUK1, PIN2, PUK2, PASSWORD;

	/** The secret's name in URLs: {@code pin1}, {@code puk1}, {@code pin2}, {@code puk2}, {@code password}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The secret a URL names; empty for anything else (the caller answers 404). */
	public static Optional<LineSecret> fromPath(String path) {
		return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
	}

	public boolean onSim() {
		return this != PASSWORD;
	}
}
