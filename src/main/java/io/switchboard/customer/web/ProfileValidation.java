package io.switchboard.customer.web;

import io.switchboard.customer.CustomerType;
import io.switchboard.customer.TaxIdType;
import io.switchboard.customer.domain.Profiles.Edit;
import io.switchboard.platform.i18n.SupportedLanguages;
import io.switchboard.shared.EmailAddress;
import io.switchboard.shared.Inn;
import io.switchboard.shared.Msisdn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The rules a profile edit must meet, each failure reported on its field with a message key from
 * the customer bundle. Turns a valid form into the domain's {@link Edit} (phones in E.164, INN
 * checked by its check digits, EIN normalised).
 */
final class ProfileValidation {

	static final Pattern PERSON_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’\\-]*");
	static final Pattern EIN = Pattern.compile("(\\d{2})-?(\\d{7})");
	static final Pattern DOCUMENT = Pattern.compile("[\\p{L}\\p{N}]{1,20}");
	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private ProfileValidation() {
	}

	/** Checks the form; when it has no errors, returns the edit to save (else null). */
	static Edit validate(ProfileForm form, List<String> regions, SupportedLanguages languages, LocalDate today,
			Errors errors) {
		if (form.version() == null) {
			errors.reject("profile.error.stale");
		}
		if (form.type() == CustomerType.ORGANISATION) {
			text(errors, "organisationName", form.organisationName(), true, 200, null);
		}
		else {
			text(errors, "firstName", form.firstName(), true, 100, PERSON_NAME);
			text(errors, "middleName", form.middleName(), false, 100, PERSON_NAME);
			text(errors, "lastName", form.lastName(), true, 100, PERSON_NAME);
			if (form.dateOfBirth() != null && (form.dateOfBirth().isAfter(today) || form.dateOfBirth().isBefore(EARLIEST))) {
				errors.rejectValue("dateOfBirth", "profile.error.dateOfBirth");
			}
		}
		String taxId = trim(form.taxId());
		if (taxId != null) {
			if (form.taxIdType() == null) {
				errors.rejectValue("taxIdType", "profile.error.taxIdTypeRequired");
			}
			else if (form.taxIdType() == TaxIdType.INN) {
				int expected = form.type() == CustomerType.ORGANISATION ? 10 : 12;
				if (!taxId.matches("\\d{" + expected + "}")) {
					errors.rejectValue("taxId", "profile.error.innLength", new Object[] { expected }, null);
				}
				else if (!Inn.isValid(taxId)) {
					errors.rejectValue("taxId", "profile.error.innChecksum");
				}
			}
			else if (!EIN.matcher(taxId).matches()) {
				errors.rejectValue("taxId", "profile.error.ein");
			}
			else {
				taxId = EIN.matcher(taxId).replaceAll("$1-$2");
			}
		}
		if (form.preferredLanguage() == null || !languages.isSupported(form.preferredLanguage())) {
			errors.rejectValue("preferredLanguage", "profile.error.language");
		}

		List<Edit.Phone> phones = new ArrayList<>();
		boolean preferredSeen = false;
		for (int i = 0; i < form.phones().size(); i++) {
			ProfileForm.PhoneRow row = form.phones().get(i);
			if (row.blank()) {
				continue;
			}
			String field = "phones[" + i + "].number";
			Msisdn.Reading reading = Msisdn.read(row.number(), regions);
			if (reading.problem() == Msisdn.Reading.Problem.NOT_A_NUMBER) {
				errors.rejectValue(field, "profile.error.phone", new Object[] { String.join(", ", regions) }, null);
			}
			else if (reading.problem() == Msisdn.Reading.Problem.AMBIGUOUS) {
				errors.rejectValue(field, "profile.error.phoneAmbiguous");
			}
			else {
				phones.add(new Edit.Phone(reading.number().e164(), purpose(row.purpose()), row.preferred()));
			}
			preferredSeen = onePreferred(errors, "phones[" + i + "].preferred", row.preferred(), preferredSeen);
		}

		List<Edit.Email> emails = new ArrayList<>();
		preferredSeen = false;
		for (int i = 0; i < form.emails().size(); i++) {
			ProfileForm.EmailRow row = form.emails().get(i);
			if (row.blank()) {
				continue;
			}
			String address = row.address().strip();
			if (!EmailAddress.isValid(address)) {
				errors.rejectValue("emails[" + i + "].address", "profile.error.email");
			}
			else {
				emails.add(new Edit.Email(address, purpose(row.purpose()), row.preferred()));
			}
			preferredSeen = onePreferred(errors, "emails[" + i + "].preferred", row.preferred(), preferredSeen);
		}

		List<Edit.Address> addresses = new ArrayList<>();
		preferredSeen = false;
		for (int i = 0; i < form.addresses().size(); i++) {
			ProfileForm.AddressRow row = form.addresses().get(i);
			if (row.blank()) {
				continue;
			}
			String prefix = "addresses[" + i + "].";
			int before = errors.getErrorCount();
			text(errors, prefix + "street", row.street(), true, 200, null);
			text(errors, prefix + "city", row.city(), true, 100, null);
			text(errors, prefix + "region", row.region(), false, 100, null);
			text(errors, prefix + "postcode", row.postcode(), false, 20, null);
			String country = trim(row.country()) == null ? null : row.country().strip().toUpperCase(Locale.ROOT);
			if (country == null || !COUNTRIES.contains(country)) {
				errors.rejectValue(prefix + "country", "profile.error.country");
			}
			if (errors.getErrorCount() == before) {
				addresses.add(new Edit.Address(row.street().strip(), row.city().strip(), trim(row.region()),
						trim(row.postcode()), country, purpose(row.purpose()), row.preferred()));
			}
			preferredSeen = onePreferred(errors, prefix + "preferred", row.preferred(), preferredSeen);
		}

		Edit.Passport passport = null;
		ProfileForm.PassportRow p = form.passport();
		boolean hasStored = p.maskedNumber() != null;
		if (!p.remove() && !(p.blank() && !hasStored)) {
			String series = trim(p.series());
			String number = trim(p.number());
			if (series != null && !DOCUMENT.matcher(series).matches()) {
				errors.rejectValue("passport.series", "profile.error.documentChars");
			}
			if (number == null && !hasStored) {
				errors.rejectValue("passport.number", "profile.error.required");
			}
			else if (number != null && !DOCUMENT.matcher(number).matches()) {
				errors.rejectValue("passport.number", "profile.error.documentChars");
			}
			text(errors, "passport.issuer", p.issuer(), false, 200, null);
			if (p.issuedOn() != null && (p.issuedOn().isAfter(today) || p.issuedOn().isBefore(EARLIEST)
					|| (form.dateOfBirth() != null && p.issuedOn().isBefore(form.dateOfBirth())))) {
				errors.rejectValue("passport.issuedOn", "profile.error.issuedOn");
			}
			passport = new Edit.Passport(series, number, trim(p.issuer()), p.issuedOn());
		}
		if (errors.hasErrors()) {
			return null;
		}
		boolean person = form.type() != CustomerType.ORGANISATION;
		return new Edit(person ? trim(form.firstName()) : null, person ? trim(form.middleName()) : null,
				person ? trim(form.lastName()) : null, person ? null : trim(form.organisationName()),
				person ? form.dateOfBirth() : null, taxId, taxId == null ? null : form.taxIdType(),
				languages.of(form.preferredLanguage()).getLanguage(), phones, emails, addresses, passport);
	}

	private static boolean onePreferred(Errors errors, String field, boolean preferred, boolean seen) {
		if (preferred && seen) {
			errors.rejectValue(field, "profile.error.onePreferred");
		}
		return seen || preferred;
	}

	private static io.switchboard.customer.ContactPurpose purpose(io.switchboard.customer.ContactPurpose p) {
		return p == null ? io.switchboard.customer.ContactPurpose.OTHER : p;
	}

	private static void text(Errors errors, String field, String value, boolean required, int max, Pattern pattern) {
		String v = trim(value);
		if (v == null) {
			if (required) {
				errors.rejectValue(field, "profile.error.required");
			}
			return;
		}
		if (v.length() > max) {
			errors.rejectValue(field, "profile.error.tooLong", new Object[] { max }, null);
		}
		else if (v.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
			errors.rejectValue(field, "profile.error.characters");
		}
		else if (pattern != null && !pattern.matcher(v).matches()) {
			errors.rejectValue(field, "profile.error.nameCharacters");
		}
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
