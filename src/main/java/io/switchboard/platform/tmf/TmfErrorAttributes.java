package io.switchboard.platform.tmf;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of the error answers Spring Boot writes itself ({@code /error}): for a request under
 * {@code /tmf-api/} it is the TMF {@code Error} body, with the same codes {@link TmfErrors} uses (an
 * unknown path, a method or media type the resource does not take never reaches a TMF controller, so
 * its advice cannot answer them); every other request keeps Boot's attributes (the desk's error pages).
 */
class TmfErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/tmf-api/")) {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
			int status = code instanceof Integer number ? number : 500;
			TmfError error = TmfErrors.routing(status, path, getError(request));
			// insertion order is the order of the JSON body
			Map<String, Object> body = new java.util.LinkedHashMap<>();
			body.put("code", error.code());
			body.put("reason", error.reason());
			body.put("message", error.message());
			body.put("status", error.status());
			body.put("@type", error.type());
			return body;
		}
		return super.getErrorAttributes(request, options);
	}
}
