package io.switchboard.customer;

/** How loudly a FLASH note speaks: INFO (blue), WARNING (amber), CRITICAL (red, listed first). */
public enum Severity {
	CRITICAL, WARNING, INFO
}
