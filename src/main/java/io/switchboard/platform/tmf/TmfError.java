package io.switchboard.platform.tmf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * TMF630's {@code Error} body: {@code code} is a stable, machine-readable name, {@code reason} the
 * short explanation, {@code message} the details a developer needs to fix the request, {@code status}
 * the HTTP status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TmfError(String code, String reason, String message, String status, String referenceError,
		@JsonProperty("@type") String type) {

	public static TmfError of(int status, String code, String reason, String message) {
		return new TmfError(code, reason, message, Integer.toString(status), null, "Error");
	}
}
