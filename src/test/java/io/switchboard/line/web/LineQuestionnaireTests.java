package io.switchboard.line.web;

import static io.switchboard.line.TestAgents.as;
import static io.switchboard.line.TestAgents.operatorAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.line.domain.UserQuestionnaire;
import io.switchboard.support.DeskSlice;
import io.switchboard.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The line user questionnaire: edited in place with htmx or on its own page without JavaScript,
 * checked field by field in the agent's language, and never saved over someone else's change.
 */
@WebMvcTest(controllers = { LinePageController.class, LineUserController.class })
@DeskSlice
@Import({ LineWebTestClock.class })
class LineQuestionnaireTests {

	static final String USER = "/lines/" + LineViews.LINE_ID + "/user";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	LineDetails details;

	@BeforeEach
	void aLineUsedByJanesSon() {
		given(details.userSheet(eq(LineViews.LINE_ID), any())).willReturn(LineViews.sheet(LineViews.tom(), 7));
	}

	MockMvcRequestBuilder save(long version, String fullName, String dateOfBirth, String phone, String email) {
		return mvc.post().uri(USER).with(as(operatorAgent())).with(csrf())
			.param("version", String.valueOf(version))
			.param("fullName", fullName)
			.param("dateOfBirth", dateOfBirth)
			.param("document", "P 4510 123456")
			.param("phone", phone)
			.param("email", email)
			.param("address", "  1600 Pennsylvania Ave NW  ")
			.param("notes", "");
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theEditFormComesFilledInWithTheVersionItWasOpenedFrom() throws Exception {
		MvcTestResult fragment = mvc.get().uri(USER + "/edit").header("HX-Request", "true").with(as(operatorAgent()))
			.exchange();

		assertThat(fragment).hasStatusOk().bodyText().doesNotContain("<html");
		Document form = html(fragment);
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("7");
		assertThat(form.selectFirst("input[name=fullName]").val()).isEqualTo("Tom Doe");
		assertThat(form.selectFirst("input[name=dateOfBirth]").val()).isEqualTo("2010-02-03");
		assertThat(form.selectFirst("#line-user-form").attr("hx-post")).isEqualTo(USER);
		assertThat(form.selectFirst("#line-user-form").attr("action")).isEqualTo(USER);

		MvcTestResult page = mvc.get().uri(USER + "/edit").with(as(operatorAgent())).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html").contains("id=\"line-user-form\"");
	}

	@Test
	void aSavedQuestionnaireGoesBackToTheLineWithoutJavaScript() {
		given(details.changeUser(eq(LineViews.LINE_ID), eq(7L), any(), any())).willReturn(List.of("userPhone"));

		MvcTestResult result = save(7, "Tom Doe", "2010-02-03", "(202) 555-0188", "tom@example.org").exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/lines/" + LineViews.LINE_ID);
		assertThat(result).flash().containsEntry("notice", "Questionnaire saved (1 field changed).");
		verify(details).changeUser(LineViews.LINE_ID, 7L, new UserQuestionnaire("Tom Doe", LocalDate.of(2010, 2, 3),
				"P 4510 123456", "+12025550188", "tom@example.org", "1600 Pennsylvania Ave NW", null),
				operatorAgent());
	}

	@Test
	void aSaveWithHtmxShowsTheAnswersInPlaceAndReloadsTheActivity() throws Exception {
		given(details.changeUser(eq(LineViews.LINE_ID), eq(7L), any(), any()))
			.willReturn(List.of("userFullName", "userPhone"));

		MvcTestResult result = save(7, "Thomas Doe", "2010-02-03", "+7 916 123-45-67", "tom@example.org")
			.header("HX-Request", "true").exchange();

		assertThat(result).hasStatusOk().hasHeader("HX-Trigger", "audit-changed");
		Document panel = html(result);
		assertThat(panel.selectFirst("#line-user-values").text()).contains("Thomas Doe").contains("+7 916 123-45-67");
		assertThat(panel.selectFirst("#line-user-notice").text()).isEqualTo("Questionnaire saved (2 fields changed).");
	}

	@Test
	void badAnswersComeBackNextToTheirFieldsAndNothingIsSaved() throws Exception {
		MvcTestResult result = save(7, "x".repeat(201), "2030-01-01", "555", "tom@").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(result);
		assertThat(page.selectFirst("#fullName + .invalid-feedback").text()).isEqualTo("Use at most 200 characters.");
		assertThat(page.selectFirst("#dateOfBirth + .invalid-feedback").text())
			.isEqualTo("Enter a date of birth in the past (after 1900).");
		assertThat(page.selectFirst("#phone + .invalid-feedback").text()).startsWith("Not a phone number in US.");
		assertThat(page.selectFirst("#email + .invalid-feedback").text()).isEqualTo("Not a valid e-mail address.");
		assertThat(page.selectFirst("input[name=phone]").val()).as("what the agent typed stays").isEqualTo("555");
		verify(details, never()).changeUser(any(), anyLong(), any(), any());
	}

	@Test
	void errorsSpeakTheAgentsLanguage() throws Exception {
		MvcTestResult result = save(7, "Том", "31.12.2010", "555", "tom@").param("lang", "ru").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(result);
		assertThat(page.selectFirst("#dateOfBirth + .invalid-feedback").text())
			.isEqualTo("Введите дату в формате ГГГГ-ММ-ДД.");
		assertThat(page.selectFirst("#email + .invalid-feedback").text()).isEqualTo("Неверный адрес эл. почты.");
		assertThat(page.selectFirst("#phone + .invalid-feedback").text()).startsWith("Это не номер телефона для: US.");
		verify(details, never()).changeUser(any(), anyLong(), any(), any());
	}

	@Test
	void withHtmxTheFormWithItsErrorsComesBackIntoThePanel() throws Exception {
		MvcTestResult result = save(7, "Tom Doe", "", "", "not-an-address").header("HX-Request", "true").exchange();

		assertThat(result).as("htmx swaps only 2xx answers").hasStatusOk().bodyText().doesNotContain("<html");
		assertThat(html(result).selectFirst("#email + .invalid-feedback").text()).isEqualTo("Not a valid e-mail address.");
		verify(details, never()).changeUser(any(), anyLong(), any(), any());
	}

	@Test
	void aSaveOnTopOfSomeoneElsesChangeSaysWhoAndWhenAndKeepsWhatTheAgentTyped() throws Exception {
		UserQuestionnaire saved = new UserQuestionnaire("Tom Doe", LocalDate.of(2010, 2, 3), "P 4510 123456",
				"+12025550177", "tom.doe@school.example", "1600 Pennsylvania Ave NW", null);
		given(details.changeUser(eq(LineViews.LINE_ID), eq(7L), any(), any()))
			.willThrow(new ChangedBySomeoneElse("LINE_CHANGED_BY_SOMEONE_ELSE", "boris.agent", Instant.parse("2026-11-22T09:58:00Z"), 8));
		given(details.userSheet(eq(LineViews.LINE_ID), any())).willReturn(LineViews.sheet(LineViews.tom(), 7),
				LineViews.sheet(saved, 8));

		MvcTestResult result = save(7, "Thomas Doe", "2010-02-03", "+12025550177", "thomas@example.org").exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = html(result);
		assertThat(page.selectFirst("#line-user-conflict").text())
			.contains("Someone else changed this line while you were editing")
			.contains("boris.agent saved changes at Nov 22, 2026, 9:58")
			.contains("tom.doe@school.example");
		assertThat(page.selectFirst("input[name=fullName]").val()).isEqualTo("Thomas Doe");
		assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("thomas@example.org");
		assertThat(page.selectFirst("input[name=version]").val()).as("saving again means on purpose").isEqualTo("8");
	}

	@Test
	void aFormWithoutItsVersionIsRefusedAsOutOfDate() throws Exception {
		MvcTestResult result = mvc.post().uri(USER).with(as(operatorAgent())).with(csrf()).param("fullName", "Tom")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("This form is out of date. Open the questionnaire again.");
		verify(details, never()).changeUser(any(), anyLong(), any(), any());
	}

	@Test
	void cancellingWithHtmxShowsTheAnswersAgainAndWithoutItGoesBackToTheLine() throws Exception {
		MvcTestResult panel = mvc.get().uri(USER).header("HX-Request", "true").with(as(operatorAgent())).exchange();
		assertThat(panel).hasStatusOk();
		assertThat(html(panel).selectFirst("#line-user-values").text()).contains("Tom Doe");

		assertThat(mvc.get().uri(USER).with(as(operatorAgent())).exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/lines/" + LineViews.LINE_ID);
	}

	@Test
	void theQuestionnaireOfALineTheAgentMayNotSeeIsNotFound() {
		given(details.userSheet(eq(LineViews.LINE_ID), any())).willThrow(new NotFoundException("LINE_NOT_FOUND"));

		assertThat(mvc.get().uri(USER + "/edit").with(as(operatorAgent())).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(save(7, "Tom", "", "", "").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		verify(details, never()).changeUser(any(), anyLong(), any(), any());
	}
}
