package io.switchboard.customer.web;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.domain.ProfileView;
import io.switchboard.customer.domain.Profiles;
import io.switchboard.customer.domain.Profiles.Edit;
import io.switchboard.partner.PartnerApi;
import io.switchboard.platform.i18n.SupportedLanguages;
import io.switchboard.platform.web.Formats;
import io.switchboard.shared.Actor;
import io.switchboard.shared.ChangedBySomeoneElse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a customer's profile: names, identification, contact media, language. Errors come back
 * next to their fields in the agent's language; a save on top of another agent's change is refused
 * with who and when, keeping everything this agent typed so it can be reviewed and saved again.
 */
@Controller
class ProfileController {

	private final Profiles profiles;
	private final PartnerApi partners;
	private final AuditApi audit;
	private final Formats formats;
	private final MessageSource messages;
	private final Clock clock;
	private final SupportedLanguages languages;

	ProfileController(Profiles profiles, PartnerApi partners, AuditApi audit, Formats formats, MessageSource messages,
			Clock clock, SupportedLanguages languages) {
		this.profiles = profiles;
		this.partners = partners;
		this.audit = audit;
		this.formats = formats;
		this.messages = messages;
		this.clock = clock;
		this.languages = languages;
	}

	@GetMapping("/customers/{number}/profile/edit")
	String edit(@PathVariable String number, Actor actor, Model model) {
		ProfileView profile = profiles.profile(number, actor.scope());
		model.addAttribute("customer", profile.header());
		model.addAttribute("profileForm", ProfileForm.of(profile));
		return "customer/profile-edit";
	}

	@PostMapping("/customers/{number}/profile")
	String save(@PathVariable String number, @ModelAttribute ProfileForm profileForm, BindingResult errors, Actor actor,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		ProfileView current = profiles.profile(number, actor.scope());
		CustomerHeader customer = current.header();
		// a form that could not be built at all (a value no constructor takes) is shown empty, with its errors
		ProfileForm typed = profileForm != null ? profileForm : ProfileForm.blank();
		ProfileForm form = new ProfileForm(typed.version(), customer.type(), typed.firstName(), typed.middleName(),
				typed.lastName(), typed.organisationName(), typed.dateOfBirth(), typed.taxId(), typed.taxIdType(),
				typed.preferredLanguage(), typed.phones(), typed.emails(), typed.addresses(), typed.passport())
			.withMaskedPassport(ProfileForm.of(current).passport().maskedNumber());
		model.addAttribute("customer", customer);
		LocalDate today = LocalDate.now(clock.withZone(formats.zone()));
		List<String> regions = partners.get(customer.partnerId()).regions();
		// When a value did not convert (version=abc, a malformed date), the binder's result has no form to read
		// fields from, so the checks below report on the form as rebuilt here, after the binding errors.
		BeanPropertyBindingResult checked = new BeanPropertyBindingResult(form, "profileForm");
		checked.addAllErrors(errors);
		// validate even when some values did not bind: the agent sees every problem at once
		boolean bound = !errors.hasErrors();
		Edit edit = ProfileValidation.validate(form, regions, languages, today, checked);
		if (edit == null || !bound) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			show(model, form.withTrailingBlankRows(), checked);
			return "customer/profile-edit";
		}
		try {
			List<String> changed = profiles.change(number, form.version(), edit, actor);
			redirect.addFlashAttribute("notice", changed.isEmpty()
					? messages.getMessage("profile.saved.nothing", null, locale)
					: messages.getMessage("profile.saved", new Object[] { changed.size() }, locale));
			return "redirect:/customers/" + customer.customerNumber();
		}
		catch (ChangedBySomeoneElse conflict) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("theirChange", latestProfileChange(customer));
			model.addAttribute("profileForm", form.withVersion(conflict.currentVersion()).withBlankRows());
			response.setStatus(HttpStatus.CONFLICT.value());
			return "customer/profile-edit";
		}
	}

	/**
	 * Shows the form as typed, with its errors. Putting another object under the form's name makes
	 * Spring drop the binding result, so the errors are carried over to the object shown; rows keep
	 * their positions so each error stays next to its field.
	 */
	private static void show(Model model, ProfileForm shown, BindingResult errors) {
		model.addAttribute("profileForm", shown);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(shown, "profileForm");
		result.addAllErrors(errors);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "profileForm", result);
	}

	private AuditEntryView latestProfileChange(CustomerHeader customer) {
		return audit.forSubject(new AuditSubject("CUSTOMER", customer.customerNumber()), 20).stream()
			.filter(e -> "CUSTOMER_PROFILE_CHANGED".equals(e.action()))
			.findFirst()
			.orElse(null);
	}
}
