package io.switchboard.platform.tmf;

/** A request the API refuses, with the HTTP status and the TMF error {@code code} to answer with. */
public class TmfException extends RuntimeException {

	private final int status;
	private final String code;

	public TmfException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public static TmfException badRequest(String code, String message) {
		return new TmfException(400, code, message);
	}

	public static TmfException notFound(String resource, String id) {
		return new TmfException(404, "NOT_FOUND", "No " + resource + " with id " + id + ".");
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}
}
