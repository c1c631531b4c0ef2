package io.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static io.switchboard.line.TestAgents.as;
import static io.switchboard.line.TestAgents.operatorAgent;

import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.support.DeskSlice;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's answers to refusals, as every page gets them: in a slice, exactly as in the application
 * (the slice loads {@link ErrorPages} through {@link DeskSlice}). A page made to fail in each way stands
 * in for the desk's controllers.
 */
@WebMvcTest(controllers = ErrorPagesTests.FailingPages.class)
@DeskSlice
@Import(ErrorPagesTests.FailingPages.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

	@Autowired
	MockMvcTester mvc;

	/** Pages that fail the ways desk pages can. */
	@Controller
	static class FailingPages {

		record Note(Integer priority, String text) {
		}

		@PostMapping("/failing/raced")
		String raced() {
			// what Hibernate throws at commit when a second save was made from the same version
			throw new ObjectOptimisticLockingFailureException(Object.class, "42");
		}

		@PostMapping("/failing/taken")
		String taken() {
			throw new DataIntegrityViolationException("insert",
					new SQLException("duplicate key value violates unique constraint", "23505"));
		}

		@PostMapping("/failing/duplicate")
		String duplicate() {
			throw new DuplicateKeyException("insert");
		}

		@PostMapping("/failing/null")
		String notNull() {
			throw new DataIntegrityViolationException("insert",
					new SQLException("null value in column violates not-null constraint", "23502"));
		}

		@PostMapping("/failing/changed")
		String changed() {
			throw new ChangedBySomeoneElse("TICKET_CHANGED_BY_SOMEONE_ELSE", "Alex Morgan",
					Instant.parse("2026-11-22T10:15:00Z"), 4);
		}

		@GetMapping("/failing/rows/{row}")
		String row(@PathVariable int row) {
			return "login";
		}

		@GetMapping("/failing/search")
		String search(@RequestParam String q) {
			return "login";
		}

		@PostMapping("/failing/note")
		String note(@ModelAttribute Note note) {
			return "login";
		}

		@PostMapping("/failing/json")
		String json(@RequestBody Map<String, Object> body) {
			return "login";
		}
	}

	MockMvcRequestBuilder post(String path) {
		return post(path, "en");
	}

	/** As a care agent working in this language. */
	MockMvcRequestBuilder post(String path, String language) {
		return mvc.post().uri(path).with(as(operatorAgent(), language, "UTC")).with(csrf());
	}

	MockMvcRequestBuilder get(String path) {
		return get(path, "en");
	}

	MockMvcRequestBuilder get(String path, String language) {
		return mvc.get().uri(path).with(as(operatorAgent(), language, "UTC"));
	}

	@Test
	void twoSavesAtTheSameMomentTellTheSecondAgentInItsLanguage() {
		assertThat(post("/failing/raced").exchange()).hasStatus(HttpStatus.CONFLICT).bodyText()
			.contains("Someone else saved a change to this at the same moment; yours was not saved.");
		assertThat(post("/failing/raced", "ru").exchange()).hasStatus(HttpStatus.CONFLICT)
			.bodyText().contains("В этот же момент кто-то другой сохранил изменения здесь; ваши не сохранены.");
	}

	@Test
	void aUniqueKeyTakenAtTheSameMomentIsSomeoneElseDoingItFirst() {
		assertThat(post("/failing/taken").exchange()).hasStatus(HttpStatus.CONFLICT).bodyText()
			.contains("Someone else did the same thing at the same moment; yours was not saved.");
		assertThat(post("/failing/duplicate").exchange()).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void anyOtherIntegrityViolationIsABugNotARefusal() {
		// not resolved here: it goes on to the container, which shows the server-error page and logs it at ERROR
		assertThat(post("/failing/null").exchange()).failure()
			.rootCause()
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("not-null");
	}

	@Test
	void aConflictSaysWhoAndWhenThroughTheSharedRefusals() {
		assertThat(post("/failing/changed").exchange()).hasStatus(HttpStatus.CONFLICT).bodyText()
			.contains("Alex Morgan");
	}

	@Test
	void anHtmxRequestGetsTheRefusalAsAnAlertForItsPanel() {
		assertThat(post("/failing/raced").header("HX-Request", "true").exchange()).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("role=\"alert\"")
			.doesNotContain("<html");
	}

	@Test
	void aValueOfTheWrongTypeIsABadRequestNamingIt(CapturedOutput log) {
		assertThat(get("/failing/rows/abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("The value given for &quot;row&quot; is not valid here.");
		assertThat(log.getOut()).contains("Refused GET /failing/rows/abc with 400: REQUEST_VALUE_INVALID")
			.doesNotContain("at org.springframework");
	}

	@Test
	void aMissingValueIsABadRequestNamingIt() {
		assertThat(get("/failing/search", "ru").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Не указано значение «q».");
	}

	@Test
	void aFormWithoutItsErrorsAtHandIsABadRequestNamingTheFields() {
		assertThat(post("/failing/note").param("priority", "high").param("text", "x").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Some values of the form could not be read (priority).");
	}

	@Test
	void anUnreadableBodyIsABadRequest() {
		assertThat(post("/failing/json").contentType("application/json").content("{").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The request could not be read");
	}
}
