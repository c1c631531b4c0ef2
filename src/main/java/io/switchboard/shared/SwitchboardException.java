package io.switchboard.shared;

import java.util.List;

/**
 * A refusal the agent or the integrator should read: it carries a stable code (e.g.
 * {@code CUSTOMER_CHANGED_BY_SOMEONE_ELSE}) that is mapped, in one place, to a message in the agent's
 * language ({@code error.<CODE>} in the bundles) and to the API error body. The arguments fill the
 * message's placeholders.
 */
public class SwitchboardException extends RuntimeException {

	private final String code;
	private final List<Object> arguments;

	public SwitchboardException(String code, Object... arguments) {
		super(code + (arguments.length == 0 ? "" : " " + List.of(arguments)));
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
