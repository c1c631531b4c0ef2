package io.switchboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
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
 * How every form of the desk binds, so that a hand-made or tampered form comes back with messages next
 * to its fields instead of failing:
 * <ul>
 * <li>A list grows to at most {@value ListRows#MAX_ROWS} rows, and a list that was sent fields outside
 * its rows ({@link ListRows} took them out of the request) gets the error {@code rowsOutOfRange}.</li>
 * <li>A value that does not convert ({@code version=abc}, {@code severity=+}) is reported as the usual
 * {@code typeMismatch} error on its field, and the form is still built from the other values.</li>
 * <li>A field that was sent a control character ({@link ControlCharacters} took it out of the value) gets
 * the error {@code controlCharacters}, so the form is refused and shows the text without it.</li>
 * </ul>
 * Why the errors wait: a form record is built by its constructor, and an error recorded while it is being
 * built leaves the binding result without the form (Spring creates the result before the form exists and
 * keeps it when it has errors), so a controller that then checks a field
 * ({@code errors.rejectValue(...)}) fails. Such errors are held back and reported once binding has the
 * form: binding reports missing required fields at that moment, so a field name that is never sent is
 * declared required, and its "missing" error is the signal to report them.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinders {

	static final String ROWS_OUT_OF_RANGE = "rowsOutOfRange";

	static final String CONTROL_CHARACTERS = "controlCharacters";

	/** A field no form has and no request sends: its "missing" error comes when the form is bound. */
	static final String BOUND = "__formBound";

	@InitBinder
	void bindForms(WebDataBinder binder, HttpServletRequest request) {
		binder.setAutoGrowCollectionLimit(ListRows.MAX_ROWS);
		Set<?> lists = request.getAttribute(ListRows.OUT_OF_RANGE) instanceof Set<?> out ? out : Set.of();
		Set<?> untypeable = request.getAttribute(ControlCharacters.REFUSED) instanceof Set<?> refused ? refused
				: Set.of();
		String[] required = binder.getRequiredFields() == null ? new String[0] : binder.getRequiredFields();
		binder.setRequiredFields(Stream.concat(Stream.of(required), Stream.of(BOUND)).toArray(String[]::new));
		binder.setBindingErrorProcessor(new Deferring(binder.getBindingErrorProcessor(), lists, untypeable));
	}

	private static final class Deferring implements BindingErrorProcessor {

		private final BindingErrorProcessor others;
		private final Set<?> listsOutOfRange;
		private final Set<?> untypeable;
		private final List<PropertyAccessException> whileConstructing = new ArrayList<>();

		Deferring(BindingErrorProcessor others, Set<?> listsOutOfRange, Set<?> untypeable) {
			this.others = others;
			this.listsOutOfRange = listsOutOfRange;
			this.untypeable = untypeable;
		}

		@Override
		public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
			if (result.getTarget() == null) {
				whileConstructing.add(e);
			}
			else {
				others.processPropertyAccessException(e, result);
			}
		}

		@Override
		public void processMissingFieldError(String field, BindingResult result) {
			if (!BOUND.equals(field)) {
				others.processMissingFieldError(field, result);
				return;
			}
			whileConstructing.forEach(e -> others.processPropertyAccessException(e, result));
			whileConstructing.clear();
			for (Object list : listsOutOfRange) {
				result.addError(new FieldError(result.getObjectName(), list.toString(), null, true,
						result.resolveMessageCodes(ROWS_OUT_OF_RANGE, list.toString()),
						new Object[] { ListRows.MAX_ROWS }, "At most " + ListRows.MAX_ROWS + " rows."));
			}
			for (Object sent : untypeable) {
				Object shown;
				try {
					shown = result.getRawFieldValue(sent.toString());
				}
				catch (RuntimeException notOnThisForm) {
					// a parameter the form has no field for (another form's, a marker): read without them
					continue;
				}
				result.addError(new FieldError(result.getObjectName(), sent.toString(), shown, false,
						result.resolveMessageCodes(CONTROL_CHARACTERS, sent.toString()), null,
						"A control character cannot be kept."));
			}
		}
	}
}
