package io.switchboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.PropertyAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form binder of the desk grows a list to at most {@value ListRows#MAX_ROWS} rows, and reports a
 * list that was sent fields outside its rows ({@link ListRows} took them out of the request) as the
 * error {@code rowsOutOfRange} on the list itself, in the agent's language.
 * <p>
 * The error is reported while binding, not before: an error recorded before the form is constructed
 * leaves the binding result without the form to read values from. Binding reports a missing required
 * field at the right moment, so each such list is declared required for this request only, and its
 * "missing" error is told as {@code rowsOutOfRange}.
 */
@ControllerAdvice(annotations = Controller.class)
class RowLimits {

	static final String ERROR_CODE = "rowsOutOfRange";

	@InitBinder
	void limitRows(WebDataBinder binder, HttpServletRequest request) {
		binder.setAutoGrowCollectionLimit(ListRows.MAX_ROWS);
		if (!(request.getAttribute(ListRows.OUT_OF_RANGE) instanceof Set<?> lists) || lists.isEmpty()) {
			return;
		}
		String[] required = binder.getRequiredFields() == null ? new String[0] : binder.getRequiredFields();
		binder.setRequiredFields(Stream.concat(Stream.of(required), lists.stream().map(String::valueOf))
			.toArray(String[]::new));
		BindingErrorProcessor others = binder.getBindingErrorProcessor();
		binder.setBindingErrorProcessor(new BindingErrorProcessor() {

			@Override
			public void processMissingFieldError(String field, BindingResult result) {
				if (!lists.contains(field)) {
					others.processMissingFieldError(field, result);
					return;
				}
				result.addError(new FieldError(result.getObjectName(), field, null, true,
						result.resolveMessageCodes(ERROR_CODE, field), new Object[] { ListRows.MAX_ROWS },
						"At most " + ListRows.MAX_ROWS + " rows."));
			}

			@Override
			public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
				others.processPropertyAccessException(e, result);
			}
		});
	}
}
