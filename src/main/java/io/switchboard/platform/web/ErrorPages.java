package io.switchboard.platform.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refusal into words for the agent, in the agent's language: the exception's stable code
 * names the message ({@code error.<CODE>}). An htmx request gets a small alert fragment for the
 * panel it came from; a page request gets the error page. Applies to the desk's HTML controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
		return render(e, HttpStatus.NOT_FOUND, request, locale);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e, HttpServletRequest request, Locale locale) {
		return render(e, HttpStatus.CONFLICT, request, locale);
	}

	@ExceptionHandler(SwitchboardException.class)
	ModelAndView refused(SwitchboardException e, HttpServletRequest request, Locale locale) {
		return render(e, HttpStatus.UNPROCESSABLE_CONTENT, request, locale);
	}

	/**
	 * htmx swaps 404, 409 and 422 answers into the panel that asked (see {@code responseHandling} in
	 * the layout), so the agent reads the refusal where it happened.
	 */
	private ModelAndView render(SwitchboardException e, HttpStatus status, HttpServletRequest request, Locale locale) {
		log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.code());
		String message = messages.getMessage("error." + e.code(), e.arguments(),
				messages.getMessage("error.UNKNOWN", null, e.code(), locale), locale);
		boolean htmx = request.getHeader("HX-Request") != null;
		String page = status == HttpStatus.NOT_FOUND ? "error/404" : "error/refused";
		ModelAndView view = new ModelAndView(htmx ? "fragments/alerts :: error" : page);
		view.addObject("message", message);
		view.addObject("code", e.code());
		view.setStatus(status);
		return view;
	}
}
