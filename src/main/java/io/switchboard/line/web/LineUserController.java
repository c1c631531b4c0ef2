package io.switchboard.line.web;

import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.line.domain.LineUserSheet;
import io.switchboard.line.domain.UserQuestionnaire;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Msisdn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The line user questionnaire, edited in place on the line page (htmx swaps the panel between reading
 * and editing) or, without JavaScript, on a page of its own with post-redirect-get. Errors come back
 * next to their fields in the agent's language. A save on top of someone else's change of the line is
 * refused with who and when, keeping everything this agent typed so it can be checked and saved again.
 * <p>
 * htmx does not swap 4xx answers by default, so an htmx request gets its re-rendered form with 200;
 * a plain form post gets 422 (invalid) or 409 (conflict) with the page.
 */
@Controller
class LineUserController {

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final LineDetails details;
	private final Formats formats;
	private final MessageSource messages;
	private final Clock clock;

	LineUserController(LineDetails details, Formats formats, MessageSource messages, Clock clock) {
		this.details = details;
		this.formats = formats;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("lineUserForm")
	void trimmed(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/lines/{id}/user")
	String show(@PathVariable String id, Actor actor, Model model, HttpServletRequest request) {
		UUID lineId = LinePaths.lineId(id);
		LineUserSheet sheet = details.userSheet(lineId, actor.scope());
		if (!LinePaths.htmx(request)) {
			return "redirect:/lines/" + lineId;
		}
		model.addAttribute("lineId", lineId);
		model.addAttribute("user", sheet.user());
		return "line/panels :: user";
	}

	@GetMapping("/lines/{id}/user/edit")
	String edit(@PathVariable String id, Actor actor, Model model, HttpServletRequest request) {
		LineUserSheet sheet = details.userSheet(LinePaths.lineId(id), actor.scope());
		model.addAttribute("lineUserForm", LineUserForm.of(sheet.user(), sheet.version()));
		return form(sheet, model, request);
	}

	@PostMapping("/lines/{id}/user")
	String save(@PathVariable String id, @Valid @ModelAttribute("lineUserForm") LineUserForm form,
			BindingResult errors, Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		UUID lineId = LinePaths.lineId(id);
		LineUserSheet sheet = details.userSheet(lineId, actor.scope());
		Checked checked = checkRest(form, sheet.regions(), errors);
		if (errors.hasErrors()) {
			return rejected(HttpStatus.UNPROCESSABLE_CONTENT, sheet, model, request, response);
		}
		UserQuestionnaire questionnaire = form.questionnaire(checked.dateOfBirth(), checked.phone());
		List<String> changed;
		try {
			changed = details.changeUser(lineId, form.versionNumber(), questionnaire, actor);
		}
		catch (ChangedBySomeoneElse conflict) {
			LineUserSheet current = details.userSheet(lineId, actor.scope());
			model.addAttribute("lineUserForm", form.withVersion(conflict.currentVersion()));
			model.addAttribute("conflict", conflict);
			model.addAttribute("current", current.user());
			model.addAttribute("differs", differences(current.user(), questionnaire));
			return rejected(HttpStatus.CONFLICT, current, model, request, response);
		}
		String notice = messages.getMessage(changed.isEmpty() ? "line.user.savedNothing" : "line.user.saved",
				new Object[] { changed.size() }, locale);
		if (!LinePaths.htmx(request)) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/lines/" + lineId;
		}
		if (!changed.isEmpty()) {
			response.setHeader("HX-Trigger", "audit-changed");
		}
		model.addAttribute("lineId", lineId);
		model.addAttribute("user", questionnaire);
		model.addAttribute("userNotice", notice);
		return "line/panels :: user";
	}

	/**
	 * The checks bean validation cannot make: the form must carry the version it was opened from, the
	 * date of birth must be a date in the past (in the agent's time zone), and the phone must be a
	 * number in one of the partner's regions (or international, with +). Returns what was read.
	 */
	private Checked checkRest(LineUserForm form, List<String> regions, BindingResult errors) {
		if (form.versionNumber() == null) {
			errors.reject("line.user.error.stale");
		}
		LocalDate dateOfBirth = null;
		try {
			dateOfBirth = form.birthDate();
		}
		catch (DateTimeParseException notADate) {
			errors.rejectValue("dateOfBirth", "line.user.error.dateFormat");
		}
		LocalDate today = LocalDate.now(clock.withZone(formats.zone()));
		if (dateOfBirth != null && (!dateOfBirth.isBefore(today) || dateOfBirth.isBefore(EARLIEST_BIRTH))) {
			errors.rejectValue("dateOfBirth", "line.user.error.dateOfBirth");
		}
		if (form.phone() == null || errors.hasFieldErrors("phone")) {
			return new Checked(dateOfBirth, null);
		}
		Msisdn.Reading reading = Msisdn.read(form.phone(), regions);
		if (reading.problem() == Msisdn.Reading.Problem.NOT_A_NUMBER) {
			errors.rejectValue("phone", "line.user.error.phone", new Object[] { String.join(", ", regions) }, null);
			return new Checked(dateOfBirth, null);
		}
		if (reading.problem() == Msisdn.Reading.Problem.AMBIGUOUS) {
			errors.rejectValue("phone", "line.user.error.phoneAmbiguous");
			return new Checked(dateOfBirth, null);
		}
		return new Checked(dateOfBirth, reading.number().e164());
	}

	private record Checked(LocalDate dateOfBirth, String phone) {
	}

	private String rejected(HttpStatus status, LineUserSheet sheet, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!LinePaths.htmx(request)) {
			response.setStatus(status.value());
		}
		return form(sheet, model, request);
	}

	private String form(LineUserSheet sheet, Model model, HttpServletRequest request) {
		model.addAttribute("lineId", sheet.lineId());
		model.addAttribute("sheet", sheet);
		return LinePaths.htmx(request) ? "line/panels :: userForm" : "line/user-edit";
	}

	/** Which fields the saved questionnaire has differently from what this agent typed. */
	static List<String> differences(UserQuestionnaire saved, UserQuestionnaire typed) {
		List<String> differs = new ArrayList<>();
		add(differs, "fullName", saved.fullName(), typed.fullName());
		add(differs, "dateOfBirth", saved.dateOfBirth(), typed.dateOfBirth());
		add(differs, "document", saved.document(), typed.document());
		add(differs, "phone", saved.phone(), typed.phone());
		add(differs, "email", saved.email(), typed.email());
		add(differs, "address", saved.address(), typed.address());
		add(differs, "notes", saved.notes(), typed.notes());
		return differs;
	}

	private static void add(List<String> differs, String field, Object saved, Object typed) {
		if (!Objects.equals(saved, typed)) {
			differs.add(field);
		}
	}
}
