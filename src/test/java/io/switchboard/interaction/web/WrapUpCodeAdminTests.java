package io.switchboard.interaction.web;

import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code /admin/wrap-up-codes}: administrators add codes, rename, reorder and retire them; agents and
 * managers are turned away; a bad entry is refused with each reason next to its box and what was typed
 * kept, in the administrator's language; an edit from an old version is refused and names who saved in
 * between; a retired code leaves the wrap-up form.
 */
@SwitchboardApplicationTest
class WrapUpCodeAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	WrapUpCodeAdmin admin;

	@Autowired
	InteractionApi interactions;

	private static String freshCode() {
		return "WT_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	private static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private CodedEntry stored(String code) {
		return interactions.wrapUpCodes(false).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void onlyAdministratorsSeeTheListAndTheMenu() throws Exception {
		Document page = html(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("admin")).exchange());
		assertThat(page.selectFirst("#interaction-wrap-up-RESOLVED-row input[name=names[en]]").val())
			.isEqualTo("Resolved on first contact");
		assertThat(page.selectFirst("#interaction-wrap-up-RESOLVED-row input[name=names[ru]]").val())
			.isEqualTo("Решено при первом обращении");
		assertThat(page.select("a[href=/admin/wrap-up-codes]")).isNotEmpty();
		assertThat(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("agent")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("manager")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/wrap-up-codes").param("code", freshCode()).param("names[en]", "x")
			.param("names[ru]", "x").with(agents.as("agent")).with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/").with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.doesNotContain("id=\"nav-admin\"");
	}

	@Test
	void anAddedCodeIsOfferedAtWrapUpUntilItIsTakenOutOfUse() {
		String code = freshCode();
		assertThat(mvc.post().uri("/admin/wrap-up-codes").param("code", code.toLowerCase()).param("names[en]", "Porting help")
			.param("names[ru]", "Помощь с переносом").param("position", "").with(agents.as("admin")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(interactions.wrapUpCodes(true)).extracting(CodedEntry::code).contains(code);
		assertThat(stored(code).position()).isGreaterThanOrEqualTo(40);
		assertThat(stored(code).name(Locale.of("ru"))).isEqualTo("Помощь с переносом");

		assertThat(mvc.post().uri("/admin/wrap-up-codes/" + code).param("version", "0").param("names[en]", "Porting")
			.param("names[ru]", "Перенос номера").param("position", "5").with(agents.as("admin")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(interactions.wrapUpCodes(true)).extracting(CodedEntry::code).doesNotContain(code);
		assertThat(stored(code)).satisfies(c -> {
			assertThat(c.name(Locale.ENGLISH)).isEqualTo("Porting");
			assertThat(c.name(Locale.of("ru"))).isEqualTo("Перенос номера");
			assertThat(c.position()).isEqualTo(5);
			assertThat(c.active()).isFalse();
			assertThat(c.version()).isEqualTo(1);
		});
	}

	@Test
	void eachReasonIsShownNextToItsBoxWithWhatWasTypedKept() throws Exception {
		Document refused = html(mvc.post().uri("/admin/wrap-up-codes").param("code", "9 bad")
			.param("names[en]", "Kept text").param("names[ru]", " ").param("position", "x").with(agents.as("admin"))
			.with(csrf()).exchange());
		assertThat(refused.selectFirst("#interaction-wrap-up-new-code-error").text())
			.isEqualTo("A code is 2 to 40 Latin letters, digits or underscores, starting with a letter.");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-name-ru-error").text()).isEqualTo("Write the name.");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-position-error").text())
			.isEqualTo("The order is a whole number from 0 to 9999.");
		assertThat(refused.select("#interaction-wrap-up-new-name-en-error")).isEmpty();
		assertThat(refused.selectFirst("#interaction-wrap-up-new-row input[name=code]").val()).isEqualTo("9 bad");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-row input[name=names[en]]").val()).isEqualTo("Kept text");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-row input[name=names[ru]]").attr("aria-describedby"))
			.isEqualTo("interaction-wrap-up-new-name-ru-error");

		Document taken = html(mvc.post().uri("/admin/wrap-up-codes").param("code", "resolved").param("names[en]", "A")
			.param("names[ru]", "Б").with(agents.as("admin")).with(csrf()).exchange());
		assertThat(taken.selectFirst("#interaction-wrap-up-new-code-error").text()).isEqualTo("The code RESOLVED is taken.");

		MvcTestResult blank = mvc.post().uri("/admin/wrap-up-codes/RESOLVED").param("version", "0")
			.param("names[en]", " ").param("names[ru]", "Решено").param("position", "ten").param("active", "true")
			.with(agents.as("admin")).with(csrf()).exchange();
		assertThat(blank).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document row = html(blank);
		assertThat(row.selectFirst("#interaction-wrap-up-RESOLVED-name-en-error").text()).isEqualTo("Write the name.");
		assertThat(row.selectFirst("#interaction-wrap-up-RESOLVED-position-error").text())
			.isEqualTo("The order is a whole number from 0 to 9999.");
		assertThat(row.selectFirst("#interaction-wrap-up-RESOLVED-row input[name=position]").val()).isEqualTo("ten");
		assertThat(stored("RESOLVED").name(Locale.ENGLISH)).isEqualTo("Resolved on first contact");
	}

	@Test
	void aRefusalReadsInTheAdministratorsLanguage() throws Exception {
		Document refused = html(mvc.post().uri("/admin/wrap-up-codes").param("code", "9 bad").param("names[en]", "")
			.param("names[ru]", "Текст").with(agents.as("admin", Locale.of("ru")))
			.with(csrf()).exchange());
		assertThat(refused.selectFirst("#interaction-wrap-up-new-code-error").text())
			.isEqualTo("Код — от 2 до 40 латинских букв, цифр или подчёркиваний, начиная с буквы.");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-name-en-error").text()).isEqualTo("Напишите название.");
		assertThat(refused.select("#interaction-wrap-up thead th").eachText()).contains("Название (английский)",
				"Название (русский)");
		assertThat(refused.selectFirst("#interaction-wrap-up-new-row input[name=names[ru]]").val()).isEqualTo("Текст");
	}

	@Test
	void anEditFromAnOlderVersionIsRefusedAndNamesWhoSaved() throws Exception {
		String code = freshCode();
		admin.add(new Draft(code, Map.of("en", "First", "ru", "Первый"), 900, true), "admin");
		admin.change(code, 0, new Draft(null, Map.of("en", "Second", "ru", "Второй"), 900, true), "other.admin");
		assertThatThrownBy(() -> admin.change(code, 0, new Draft(null, Map.of("en", "Third", "ru", "Третий"), 900, true),
				"admin"))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> {
				assertThat(e.changedBy()).isEqualTo("other.admin");
				assertThat(e.currentVersion()).isEqualTo(1);
			});
		MvcTestResult late = mvc.post().uri("/admin/wrap-up-codes/" + code).param("version", "0")
			.param("names[en]", "Third").param("names[ru]", "Третий").param("position", "900").param("active", "true")
			.with(agents.as("admin")).with(csrf()).exchange();
		assertThat(late).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(late);
		assertThat(page.selectFirst("#interaction-wrap-up-" + code + "-refusal").text())
			.startsWith("other.admin saved this entry at ").contains("nothing was saved");
		assertThat(page.selectFirst("#interaction-wrap-up-" + code + "-row input[name=names[en]]").val())
			.as("what was typed stays").isEqualTo("Third");
		assertThat(page.selectFirst("form#interaction-wrap-up-" + code + " input[name=version]").val())
			.as("a second save is made on purpose, over the version now saved").isEqualTo("1");
		assertThat(stored(code).name(Locale.ENGLISH)).isEqualTo("Second");
		MvcTestResult unknown = mvc.post().uri("/admin/wrap-up-codes/NO_SUCH_CODE").param("version", "0")
			.param("names[en]", "a").param("names[ru]", "б").with(agents.as("admin")).with(csrf()).exchange();
		assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(unknown).selectFirst("#interaction-wrap-up-refusal").text())
			.isEqualTo("This entry does not exist. Open the page again.");
		assertThatThrownBy(() -> admin.change("NO_SUCH_CODE", 0, anEntry(WrapUpCodeAdmin.WRAP_UP_CODES, "NO_SUCH_CODE")
			.named("en", "a").named("ru", "b").draft(), "admin"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("CODED_LIST_ENTRY_UNKNOWN");
	}
}
