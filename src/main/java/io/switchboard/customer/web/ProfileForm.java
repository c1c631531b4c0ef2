package io.switchboard.customer.web;

import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.TaxIdType;
import io.switchboard.customer.domain.ProfileView;
import io.switchboard.shared.Msisdn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The profile edit form as typed. It carries the version of the customer it was opened from, so a
 * save on top of someone else's change is caught. Each contact list is shown with one blank row to
 * add to; a row cleared by the agent is removed. The passport number is never put into the form:
 * left blank, the stored number is kept.
 */
record ProfileForm(Long version, CustomerType type, String firstName, String middleName, String lastName,
		String organisationName, @DateTimeFormat(iso = ISO.DATE) LocalDate dateOfBirth, String taxId,
		TaxIdType taxIdType, String preferredLanguage, List<PhoneRow> phones, List<EmailRow> emails,
		List<AddressRow> addresses, PassportRow passport) {

	ProfileForm {
		phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
		emails = emails == null ? new ArrayList<>() : new ArrayList<>(emails);
		addresses = addresses == null ? new ArrayList<>() : new ArrayList<>(addresses);
		passport = passport == null ? new PassportRow(null, null, null, null, null, false) : passport;
	}

	/** Checkbox values are {@code Boolean}: an unticked box sends nothing, which means false. */
	record PhoneRow(String number, ContactPurpose purpose, Boolean preferred) {

		PhoneRow {
			preferred = Boolean.TRUE.equals(preferred);
		}

		boolean blank() {
			return number == null || number.isBlank();
		}
	}

	record EmailRow(String address, ContactPurpose purpose, Boolean preferred) {

		EmailRow {
			preferred = Boolean.TRUE.equals(preferred);
		}

		boolean blank() {
			return address == null || address.isBlank();
		}
	}

	record AddressRow(String street, String city, String region, String postcode, String country,
			ContactPurpose purpose, Boolean preferred) {

		AddressRow {
			preferred = Boolean.TRUE.equals(preferred);
		}

		boolean blank() {
			return isBlank(street) && isBlank(city) && isBlank(region) && isBlank(postcode);
		}
	}

	/** {@code maskedNumber}: the stored number as the agent may see it; {@code remove}: drop the passport. */
	record PassportRow(String series, String number, String issuer,
			@DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn, String maskedNumber, Boolean remove) {

		PassportRow {
			remove = Boolean.TRUE.equals(remove);
		}

		boolean blank() {
			return isBlank(series) && isBlank(number) && isBlank(issuer) && issuedOn == null;
		}
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** A form with nothing typed in it. */
	static ProfileForm blank() {
		return new ProfileForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The form for the profile as stored, with a blank row at the end of each contact list. */
	static ProfileForm of(ProfileView p) {
		List<PhoneRow> phones = new ArrayList<>(
				p.phones().stream().map(c -> new PhoneRow(readable(c.phone()), c.purpose(), c.preferred())).toList());
		List<EmailRow> emails = new ArrayList<>(
				p.emails().stream().map(c -> new EmailRow(c.email(), c.purpose(), c.preferred())).toList());
		List<AddressRow> addresses = new ArrayList<>(p.addresses().stream()
			.map(c -> new AddressRow(c.street(), c.city(), c.region(), c.postcode(), c.country(), c.purpose(),
					c.preferred()))
			.toList());
		PassportRow passport = p.documents().stream().filter(d -> "PASSPORT".equals(d.type())).findFirst()
			.map(d -> new PassportRow(null, null, d.issuer(), d.issuedOn(), d.maskedNumber(), false))
			.orElse(new PassportRow(null, null, null, null, null, false));
		return new ProfileForm(p.header().version(), p.header().type(), p.firstName(), p.middleName(), p.lastName(),
				p.organisationName(), p.header().dateOfBirth(), p.taxId(), p.taxIdType(), p.header().preferredLanguage(),
				phones, emails, addresses, passport).withBlankRows();
	}

	/** Phones are stored in E.164 and shown to the agent the way people write them. */
	private static String readable(String e164) {
		try {
			return new Msisdn(e164).international();
		}
		catch (IllegalArgumentException notE164) {
			return e164;
		}
	}

	/** The same form with exactly one blank row at the end of each contact list. */
	ProfileForm withBlankRows() {
		List<PhoneRow> p = new ArrayList<>(phones.stream().filter(r -> !r.blank()).toList());
		p.add(new PhoneRow("", ContactPurpose.MOBILE, false));
		List<EmailRow> e = new ArrayList<>(emails.stream().filter(r -> !r.blank()).toList());
		e.add(new EmailRow("", ContactPurpose.HOME, false));
		List<AddressRow> a = new ArrayList<>(addresses.stream().filter(r -> !r.blank()).toList());
		a.add(new AddressRow("", "", "", "", "", ContactPurpose.HOME, false));
		return new ProfileForm(version, type, firstName, middleName, lastName, organisationName, dateOfBirth, taxId,
				taxIdType, preferredLanguage, p, e, a, passport);
	}

	/** The same rows in the same places (errors refer to them by index), plus a blank row where the last is filled. */
	ProfileForm withTrailingBlankRows() {
		List<PhoneRow> p = new ArrayList<>(phones);
		if (p.isEmpty() || !p.getLast().blank()) {
			p.add(new PhoneRow("", ContactPurpose.MOBILE, false));
		}
		List<EmailRow> e = new ArrayList<>(emails);
		if (e.isEmpty() || !e.getLast().blank()) {
			e.add(new EmailRow("", ContactPurpose.HOME, false));
		}
		List<AddressRow> a = new ArrayList<>(addresses);
		if (a.isEmpty() || !a.getLast().blank()) {
			a.add(new AddressRow("", "", "", "", "", ContactPurpose.HOME, false));
		}
		return new ProfileForm(version, type, firstName, middleName, lastName, organisationName, dateOfBirth, taxId,
				taxIdType, preferredLanguage, p, e, a, passport);
	}

	ProfileForm withVersion(long newVersion) {
		return new ProfileForm(newVersion, type, firstName, middleName, lastName, organisationName, dateOfBirth, taxId,
				taxIdType, preferredLanguage, phones, emails, addresses, passport);
	}

	ProfileForm withMaskedPassport(String masked) {
		return new ProfileForm(version, type, firstName, middleName, lastName, organisationName, dateOfBirth, taxId,
				taxIdType, preferredLanguage, phones, emails, addresses, new PassportRow(passport.series(),
						passport.number(), passport.issuer(), passport.issuedOn(), masked, passport.remove()));
	}
}
