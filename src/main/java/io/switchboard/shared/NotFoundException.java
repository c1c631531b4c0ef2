package io.switchboard.shared;

/**
 * The thing asked for does not exist, or exists outside the actor's partner scope: the two are
 * answered the same way (404), so a reseller cannot probe for other partners' customers.
 */
public class NotFoundException extends SwitchboardException {

	public NotFoundException(String code, Object... arguments) {
		super(code, arguments);
	}
}
