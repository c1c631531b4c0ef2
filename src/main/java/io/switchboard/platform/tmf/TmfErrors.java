package io.switchboard.platform.tmf;

import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.ConflictException;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of a TMF API as the TMF {@code Error} body. Domain refusals keep their stable code
 * (the one the desk turns into words) and carry the English message from the bundles.
 */
@RestControllerAdvice(annotations = TmfApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TmfErrors {

	private static final Logger log = LoggerFactory.getLogger(TmfErrors.class);

	private final MessageSource messages;

	TmfErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TmfException.class)
	ResponseEntity<TmfError> tmf(TmfException e) {
		return answer(e.status(), e.code(), e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<TmfError> notFound(NotFoundException e, HttpServletRequest request) {
		String id = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		return answer(404, "NOT_FOUND", "Nothing with id " + id + " here.");
	}

	@ExceptionHandler(ChangedBySomeoneElse.class)
	ResponseEntity<TmfError> changed(ChangedBySomeoneElse e) {
		return answer(409, e.code(), words(e) + " Read it again and repeat the change.");
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<TmfError> conflict(ConflictException e) {
		return answer(409, e.code(), words(e));
	}

	/** Someone else saved the same record at the same moment: the database refused the second save. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<TmfError> raced(OptimisticLockingFailureException e) {
		return answer(409, "CHANGED_BY_SOMEONE_ELSE",
				"Someone else changed this resource at the same moment; nothing was saved. Read it again and repeat the change.");
	}

	@ExceptionHandler(SwitchboardException.class)
	ResponseEntity<TmfError> refused(SwitchboardException e) {
		return answer(400, e.code(), words(e));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<TmfError> unreadable(HttpMessageNotReadableException e) {
		return answer(400, "INVALID_BODY", "The body is not valid JSON for this resource: "
				+ String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse(""));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<TmfError> mismatch(MethodArgumentTypeMismatchException e) {
		return answer(400, "INVALID_PARAMETER", "'" + e.getName() + "' has an invalid value.");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<TmfError> missing(MissingServletRequestParameterException e) {
		return answer(400, "MISSING_PARAMETER", "'" + e.getParameterName() + "' is required.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<TmfError> mediaType(HttpMediaTypeNotSupportedException e) {
		return answer(415, "UNSUPPORTED_MEDIA_TYPE", "Send application/json (or application/merge-patch+json for PATCH).");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<TmfError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
		return answer(406, "NOT_ACCEPTABLE", "This API answers application/json.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<TmfError> method(HttpRequestMethodNotSupportedException e) {
		return answer(405, "METHOD_NOT_ALLOWED", e.getMethod() + " is not supported here.");
	}

	/**
	 * The client went away before reading the whole answer (a broken pipe while writing it): there is no one
	 * to answer, and nothing went wrong on the server, so it is no ERROR either.
	 */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void gone(AsyncRequestNotUsableException e, HttpServletRequest request) {
		log.debug("The client left before the answer to {} {} was written", request.getMethod(),
				request.getRequestURI());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<TmfError> failed(Exception e, HttpServletRequest request) {
		if (clientLeft(e)) {
			// the pipe broke while the JSON was being written (Jackson wraps it): the same client that left
			gone(null, request);
			return null;
		}
		log.error("API request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
		return answer(500, "INTERNAL_ERROR", "The request failed on the server; it has been logged.");
	}

	/**
	 * The TMF error for an answer no TMF controller gave (an unknown path, a method or media type the
	 * resource does not take): the same codes as the handlers above.
	 */
	static TmfError routing(int status, String path, Throwable cause) {
		String message = switch (status) {
			case 404 -> "Nothing at " + path + "; the API paths are listed in /v3/api-docs.";
			case 405 -> (cause instanceof HttpRequestMethodNotSupportedException e
					? e.getMethod() + " is not supported at " + path
							+ (e.getSupportedMethods() == null ? "." : "; use " + String.join(", ", e.getSupportedMethods()) + ".")
					: "This method is not supported at " + path + ".");
			case 406 -> "This API answers application/json.";
			case 415 -> "Send application/json (or application/merge-patch+json for PATCH).";
			case 413 -> "The request is too large.";
			case 400 -> "The request could not be read.";
			default -> status >= 500 ? "The request failed on the server; it has been logged." : "The request was refused.";
		};
		HttpStatus known = HttpStatus.resolve(status);
		return TmfError.of(status, codeFor(status), known == null ? "Error" : known.getReasonPhrase(), message);
	}

	/** The code of an answer by its status alone, when nothing more specific is known. */
	static String codeFor(int status) {
		return switch (status) {
			case 400 -> "INVALID_REQUEST";
			case 401 -> "NO_TOKEN";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 409 -> "CONFLICT";
			case 413 -> "REQUEST_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			default -> status >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST";
		};
	}

	private static boolean clientLeft(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof AsyncRequestNotUsableException) {
				return true;
			}
		}
		return false;
	}

	private String words(SwitchboardException e) {
		return messages.getMessage("error." + e.code(), e.arguments(), e.code(), Locale.ENGLISH);
	}

	private static ResponseEntity<TmfError> answer(int status, String code, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(TmfError.of(status, code, HttpStatus.valueOf(status).getReasonPhrase(), message));
	}
}
