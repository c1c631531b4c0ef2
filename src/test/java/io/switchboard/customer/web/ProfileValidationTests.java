package io.switchboard.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.CustomerType;
import io.switchboard.customer.TaxIdType;
import io.switchboard.customer.domain.Profiles.Edit;
import io.switchboard.platform.i18n.SupportedLanguages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ProfileValidationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	static final List<String> US_AND_RU = List.of("US", "RU");
	static final SupportedLanguages LANGUAGES = new SupportedLanguages(List.of("en", "ru"));

	static ProfileForm aPerson() {
		return new ProfileForm(3L, CustomerType.INDIVIDUAL, "Jane", "Q.", "Doe", null, LocalDate.of(1985, 4, 12), null,
				null, "en", List.of(new ProfileForm.PhoneRow("(202) 555-0143", ContactPurpose.MOBILE, true)),
				List.of(new ProfileForm.EmailRow("jane.doe@example.com", ContactPurpose.HOME, true)),
				List.of(new ProfileForm.AddressRow("1600 Pennsylvania Ave NW", "Washington", "DC", "20500", "us",
						ContactPurpose.HOME, true)),
				new ProfileForm.PassportRow(null, null, null, null, "•••••••89", false));
	}

	static ProfileForm anOrganisation(String inn) {
		return new ProfileForm(1L, CustomerType.ORGANISATION, null, null, null, "ООО «Ромашка»", null, inn,
				TaxIdType.INN, "ru", List.of(new ProfileForm.PhoneRow("8 916 123-45-67", ContactPurpose.WORK, false)),
				List.of(), List.of(), null);
	}

	static Errors errorsOf(ProfileForm form) {
		return new BeanPropertyBindingResult(form, "profileForm");
	}

	@Test
	void aValidPersonBecomesAnEditWithE164PhonesAndUpperCaseCountry() {
		ProfileForm form = aPerson();
		Errors errors = errorsOf(form);
		Edit edit = ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors);
		assertThat(errors.getAllErrors()).isEmpty();
		assertThat(edit.phones()).extracting(Edit.Phone::e164).containsExactly("+12025550143");
		assertThat(edit.addresses()).extracting(Edit.Address::country).containsExactly("US");
		assertThat(edit.passport().number()).as("blank number keeps the stored one").isNull();
	}

	@Test
	void blankRowsAreIgnoredNotErrors() {
		ProfileForm form = aPerson().withBlankRows();
		Errors errors = errorsOf(form);
		Edit edit = ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(edit.phones()).hasSize(1);
	}

	@Test
	void anInnWithWrongCheckDigitsIsRefusedOnItsField() {
		ProfileForm form = anOrganisation("7709123454");
		Errors errors = errorsOf(form);
		assertThat(ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors)).isNull();
		assertThat(errors.getFieldError("taxId").getCode()).isEqualTo("profile.error.innChecksum");
	}

	@Test
	void anOrganisationsInnHasTenDigits() {
		ProfileForm form = anOrganisation("500100732259");
		Errors errors = errorsOf(form);
		ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors);
		assertThat(errors.getFieldError("taxId").getCode()).isEqualTo("profile.error.innLength");
		assertThat(ProfileValidation.validate(anOrganisation("7709123453"), US_AND_RU, LANGUAGES, TODAY,
				errorsOf(anOrganisation("7709123453")))).isNotNull();
	}

	@Test
	void aPhoneNotValidInThePartnersRegionsIsRefused() {
		ProfileForm form = new ProfileForm(1L, CustomerType.INDIVIDUAL, "Jane", null, "Doe", null, null, null, null,
				"en", List.of(new ProfileForm.PhoneRow("8 916 123-45-67", ContactPurpose.MOBILE, false),
						new ProfileForm.PhoneRow("555", ContactPurpose.HOME, false)),
				List.of(), List.of(), null);
		Errors errors = errorsOf(form);
		ProfileValidation.validate(form, List.of("US"), LANGUAGES, TODAY, errors);
		assertThat(errors.getFieldError("phones[0].number").getCode()).isEqualTo("profile.error.phone");
		assertThat(errors.getFieldError("phones[1].number").getCode()).isEqualTo("profile.error.phone");
	}

	@Test
	void namesAreLettersAndDatesAreInThePast() {
		ProfileForm form = new ProfileForm(1L, CustomerType.INDIVIDUAL, "<b>Jane</b>", "", "D0e", null,
				TODAY.plusDays(1), null, null, "en", List.of(), List.of(new ProfileForm.EmailRow("jane@", null, false)),
				List.of(), null);
		Errors errors = errorsOf(form);
		assertThat(ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors)).isNull();
		assertThat(errors.getFieldError("firstName").getCode()).isEqualTo("profile.error.characters");
		assertThat(errors.getFieldError("lastName").getCode()).isEqualTo("profile.error.nameCharacters");
		assertThat(errors.getFieldError("dateOfBirth").getCode()).isEqualTo("profile.error.dateOfBirth");
		assertThat(errors.getFieldError("emails[0].address").getCode()).isEqualTo("profile.error.email");
	}

	@Test
	void requiredNamesAndOnlyOnePreferredContact() {
		ProfileForm form = new ProfileForm(1L, CustomerType.INDIVIDUAL, " ", null, null, null, null, null, null, "xx",
				List.of(new ProfileForm.PhoneRow("+12025550143", ContactPurpose.MOBILE, true),
						new ProfileForm.PhoneRow("+79161234567", ContactPurpose.WORK, true)),
				List.of(), List.of(), null);
		Errors errors = errorsOf(form);
		ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors);
		assertThat(errors.getFieldError("firstName").getCode()).isEqualTo("profile.error.required");
		assertThat(errors.getFieldError("lastName").getCode()).isEqualTo("profile.error.required");
		assertThat(errors.getFieldError("preferredLanguage").getCode()).isEqualTo("profile.error.language");
		assertThat(errors.getFieldError("phones[1].preferred").getCode()).isEqualTo("profile.error.onePreferred");
	}

	@Test
	void aNewPassportNeedsANumberAndAPlausibleIssueDate() {
		ProfileForm form = new ProfileForm(1L, CustomerType.INDIVIDUAL, "Иван", "Петрович", "Иванов", null,
				LocalDate.of(1990, 1, 1), null, null, "ru", List.of(), List.of(), List.of(),
				new ProfileForm.PassportRow("4510", null, "ОВД", LocalDate.of(1980, 1, 1), null, false));
		Errors errors = errorsOf(form);
		ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errors);
		assertThat(errors.getFieldError("passport.number").getCode()).isEqualTo("profile.error.required");
		assertThat(errors.getFieldError("passport.issuedOn").getCode()).isEqualTo("profile.error.issuedOn");
	}

	@Test
	void anEinIsNormalised() {
		ProfileForm form = new ProfileForm(1L, CustomerType.ORGANISATION, null, null, null, "Acme Corp", null,
				"123456789", TaxIdType.EIN, "en", List.of(), List.of(), List.of(), null);
		Edit edit = ProfileValidation.validate(form, US_AND_RU, LANGUAGES, TODAY, errorsOf(form));
		assertThat(edit.taxId()).isEqualTo("12-3456789");
	}
}
