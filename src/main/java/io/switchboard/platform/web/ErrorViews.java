package io.switchboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the desk shows for a refusal that never reached a controller: a request the server could not
 * read ({@link UnreadableParameters}), or a 4xx answered by the servlet container or by Spring's
 * defaults. The agent reads what went wrong in its own language, on the refusal page or, for htmx, in
 * the panel that asked (the same shapes as {@link ErrorPages}). 403 and 404 keep their own pages, and
 * 5xx the server-error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorViews implements ErrorViewResolver {

	/** For 4xx answers without a more precise refusal: the request as sent could not be handled. */
	static final String REFUSED = "REQUEST_REFUSED";

	private final Refusals refusals;

	ErrorViews(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object refusal = request.getAttribute(UnreadableParameters.REFUSAL);
		if (refusal == null && (!status.is4xxClientError() || status == HttpStatus.NOT_FOUND
				|| status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED)) {
			return null;
		}
		String code = refusal == null ? REFUSED : refusal.toString();
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView view = new ModelAndView(htmx ? "fragments/alerts :: error" : "error/refused");
		view.addObject("message", refusals.message(code, new Object[0], LocaleContextHolder.getLocale()));
		view.addObject("code", code);
		view.setStatus(status);
		return view;
	}
}
