package io.switchboard.platform.codes;

import io.switchboard.platform.web.Refusals;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.SwitchboardException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The controller side of the administration pages of lists ({@code fragments/coded-list.html} is the
 * page side). Each row of such a page is a form of its own that saves one entry from the version it was
 * read at: a module's controller binds the row's form (a {@link CodedEntryForm}, alone or nested as
 * {@code entry} in the module's own form), calls its service, and redirects on success. When the save
 * is refused it hands the refusal here, with the row it came from ({@code new} or the entry's code) and
 * what was typed, and renders its page again: the row shows what was typed, each reason next to its box
 * (an {@link EntryRefused}), or the reason under the row (someone saved in between: who and when, and the
 * row now saves from that version on purpose), in the agent's language, with 422.
 */
@Component
public class CodedListPages {

	/** The row every list page adds new entries with. */
	public static final String NEW_ROW = "new";

	private final Refusals refusals;

	public CodedListPages(Refusals refusals) {
		this.refusals = refusals;
	}

	/** A refused row, as the page shows it again. */
	public record RowRefusal(String list, String row, CodedEntryForm entry, Object form, Map<String, String> fields,
			String message) {

		/** Whether this is the refusal of that row of that list. */
		public boolean of(CodedList codedList, String key) {
			return list.equals(codedList.name()) && row.equals(key);
		}

		/** The reason given for this box, or null. */
		public String field(String name) {
			return fields.get(name);
		}
	}

	/** Puts the refusal of {@code row} (the entry's code, or {@link #NEW_ROW}) of the list on the page as the model attribute {@code refusal}; answers 422. */
	public void refused(SwitchboardException e, CodedList list, String row, CodedEntryForm entry, Object form,
			Model model, HttpServletResponse response, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		String message = null;
		CodedEntryForm typed = entry;
		if (e instanceof EntryRefused refused) {
			refused.reasons().forEach(r -> fields.putIfAbsent(r.field(), refusals.message(r.refusal(), locale)));
		}
		else {
			message = refusals.message(e, locale);
			if (e instanceof ChangedBySomeoneElse changed) {
				typed = entry.withVersion(changed.currentVersion());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", new RowRefusal(list.name(), row, typed, form, fields, message));
	}
}
