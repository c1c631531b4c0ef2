package io.switchboard.shared;

/** Someone else changed the record since the actor read it; nothing was written (409). */
public class ConflictException extends SwitchboardException {

	public ConflictException(String code, Object... arguments) {
		super(code, arguments);
	}
}
