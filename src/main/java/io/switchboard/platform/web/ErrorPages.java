package io.switchboard.platform.web;

import io.switchboard.shared.ConflictException;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refusal into words for the agent, in the agent's language, through the shared
 * {@link Refusals}: the stable code names the message ({@code error.<CODE>}). An htmx request gets a
 * small alert fragment for the panel it came from; a page request gets the error page. Applies to the
 * desk's HTML controllers (the TMF APIs answer with their own {@code Error} body first).
 * <ul>
 * <li>404: what was asked for does not exist, or not for this agent.</li>
 * <li>409: someone else changed it first (a {@link ConflictException}, or the database refusing the
 * second of two saves made at the same moment: an optimistic-lock failure at commit, or a unique key
 * the other save took).</li>
 * <li>422: a domain rule refused the move.</li>
 * <li>400: the request itself could not be read (a value of the wrong type, a missing parameter, a form
 * or body that does not bind, an upload that is too large). Such requests come from hand-made URLs or
 * tampered forms, never from the desk's own pages, and are logged at WARN without a stack trace.</li>
 * </ul>
 * Anything else is a bug: it goes on to the server-error page and is logged at ERROR.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	/** PostgreSQL's and H2's SQLSTATE for a unique-key violation. */
	static final String UNIQUE_VIOLATION = "23505";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final Refusals refusals;

	ErrorPages(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
		return refused(e, HttpStatus.NOT_FOUND, request, locale);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e, HttpServletRequest request, Locale locale) {
		return refused(e, HttpStatus.CONFLICT, request, locale);
	}

	@ExceptionHandler(SwitchboardException.class)
	ModelAndView refused(SwitchboardException e, HttpServletRequest request, Locale locale) {
		return refused(e, HttpStatus.UNPROCESSABLE_CONTENT, request, locale);
	}

	/**
	 * Two agents saved the same record at the same moment: both read the same version, and the database
	 * refused the second commit. The service could not say who won (it had already checked), so the agent
	 * is told to reload and repeat; nothing of its change was saved.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView raced(OptimisticLockingFailureException e, HttpServletRequest request, Locale locale) {
		return answer("CHANGED_AT_THE_SAME_MOMENT", new Object[0], HttpStatus.CONFLICT, request, locale, e);
	}

	/**
	 * A unique key taken by a save made at the same moment (two agents opening the same interaction, adding
	 * the same code): the second is told someone else did it. Any other integrity violation is a bug.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView duplicate(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
		if (!isUniqueViolation(e)) {
			throw e;
		}
		return answer("DONE_AT_THE_SAME_MOMENT", new Object[0], HttpStatus.CONFLICT, request, locale, e);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
		return answer("REQUEST_VALUE_INVALID", new Object[] { e.getName() }, HttpStatus.BAD_REQUEST, request, locale,
				e);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
		return answer("REQUEST_VALUE_MISSING", new Object[] { e.getParameterName() }, HttpStatus.BAD_REQUEST, request,
				locale, e);
	}

	/** A missing path variable, header or cookie, or a session attribute the form needs. */
	@ExceptionHandler(ServletRequestBindingException.class)
	ModelAndView unbound(ServletRequestBindingException e, HttpServletRequest request, Locale locale) {
		return answer(UnreadableParameters.CODE, new Object[0], HttpStatus.BAD_REQUEST, request, locale, e);
	}

	/** A form bound without a {@code BindingResult} to show its errors on (also {@code @Valid} failures). */
	@ExceptionHandler(BindException.class)
	ModelAndView unbindable(BindException e, HttpServletRequest request, Locale locale) {
		String fields = e.getFieldErrors().stream().map(FieldError::getField).distinct()
			.collect(Collectors.joining(", "));
		return answer("REQUEST_FORM_INVALID", new Object[] { fields }, HttpStatus.BAD_REQUEST, request, locale, e);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView invalid(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
		return answer(UnreadableParameters.CODE, new Object[0], HttpStatus.BAD_REQUEST, request, locale, e);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
		return answer(UnreadableParameters.CODE, new Object[0], HttpStatus.BAD_REQUEST, request, locale, e);
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ModelAndView upload(Exception e, HttpServletRequest request, Locale locale) {
		return answer("REQUEST_UPLOAD_INVALID", new Object[0], HttpStatus.BAD_REQUEST, request, locale, e);
	}

	private ModelAndView refused(SwitchboardException e, HttpStatus status, HttpServletRequest request,
			Locale locale) {
		log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.code());
		return view(e.code(), refusals.message(e, locale), status, request);
	}

	/** Logged at WARN, without the stack trace or the values sent: the request is wrong, not the code. */
	private ModelAndView answer(String code, Object[] arguments, HttpStatus status, HttpServletRequest request,
			Locale locale, Exception e) {
		log.warn("Refused {} {} with {}: {} ({})", request.getMethod(), request.getRequestURI(), status.value(), code,
				e.getClass().getSimpleName());
		return view(code, refusals.message(code, arguments, locale), status, request);
	}

	/**
	 * htmx swaps 400, 404, 409 and 422 answers into the panel that asked (see {@code responseHandling} in
	 * the layout), so the agent reads the refusal where it happened.
	 */
	private static ModelAndView view(String code, String message, HttpStatus status, HttpServletRequest request) {
		boolean htmx = request.getHeader("HX-Request") != null;
		String page = status == HttpStatus.NOT_FOUND ? "error/404" : "error/refused";
		ModelAndView view = new ModelAndView(htmx ? "fragments/alerts :: error" : page);
		view.addObject("message", message);
		view.addObject("code", code);
		view.setStatus(status);
		return view;
	}

	static boolean isUniqueViolation(DataIntegrityViolationException e) {
		if (e instanceof DuplicateKeyException) {
			return true;
		}
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
				return true;
			}
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
