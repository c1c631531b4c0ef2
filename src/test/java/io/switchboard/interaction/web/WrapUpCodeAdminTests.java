package io.switchboard.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.interaction.WrapUpCodeView;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code /admin/wrap-up-codes}: administrators add codes, rename, reorder and retire them; agents and
 * managers are turned away; a bad entry is refused on its row with what was typed kept; an edit from an
 * old version is refused and names who saved in between; a retired code leaves the wrap-up form.
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

	@Test
	void onlyAdministratorsSeeTheListAndTheMenu() {
		assertThat(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("admin")).exchange()).hasStatusOk()
			.bodyText()
			.contains("Resolved on first contact")
			.contains("Решено при первом обращении")
			.contains("href=\"/admin/wrap-up-codes\"");
		assertThat(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("agent")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/wrap-up-codes").with(agents.as("manager")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/wrap-up-codes").param("code", freshCode()).param("nameEn", "x")
			.param("nameRu", "x").with(agents.as("agent")).with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/").with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.doesNotContain("id=\"nav-admin\"");
	}

	@Test
	void anAddedCodeIsOfferedAtWrapUpUntilItIsTakenOutOfUse() {
		String code = freshCode();
		assertThat(mvc.post().uri("/admin/wrap-up-codes").param("code", code.toLowerCase()).param("nameEn", "Porting help")
			.param("nameRu", "Помощь с переносом").param("position", "").with(agents.as("admin")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(interactions.wrapUpCodes(true)).extracting(WrapUpCodeView::code).contains(code);
		WrapUpCodeView added = interactions.wrapUpCodes(false).stream().filter(c -> c.code().equals(code))
			.findFirst().orElseThrow();
		assertThat(added.position()).isGreaterThanOrEqualTo(40);

		assertThat(mvc.post().uri("/admin/wrap-up-codes/" + code).param("version", "0").param("nameEn", "Porting")
			.param("nameRu", "Перенос номера").param("position", "5").with(agents.as("admin")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(interactions.wrapUpCodes(true)).extracting(WrapUpCodeView::code).doesNotContain(code);
		assertThat(interactions.wrapUpCodes(false)).filteredOn(c -> c.code().equals(code)).singleElement()
			.satisfies(c -> {
				assertThat(c.nameEn()).isEqualTo("Porting");
				assertThat(c.position()).isEqualTo(5);
				assertThat(c.active()).isFalse();
				assertThat(c.version()).isEqualTo(1);
			});
	}

	@Test
	void badEntriesAreRefusedOnTheirRowWithWhatWasTypedKept() {
		var refused = mvc.post().uri("/admin/wrap-up-codes").param("code", "9 bad").param("nameEn", "Kept text")
			.param("nameRu", "x").with(agents.as("admin")).with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("id=\"refusal-new\"")
			.contains("A code is 2 to 32 Latin letters")
			.contains("value=\"Kept text\"");
		assertThat(mvc.post().uri("/admin/wrap-up-codes").param("code", "RESOLVED").param("nameEn", "A")
			.param("nameRu", "Б").with(agents.as("admin")).with(csrf()).exchange())
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("The code RESOLVED is taken.");
		assertThat(mvc.post().uri("/admin/wrap-up-codes/RESOLVED").param("version", "0").param("nameEn", " ")
			.param("nameRu", "Решено").param("position", "10").param("active", "true").with(agents.as("admin"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("id=\"refusal-RESOLVED\"").contains("Write the name in English and in Russian")
			.contains("value=\" \"").doesNotContain("value=\"Resolved on first contact\"");
		assertThat(mvc.post().uri("/admin/wrap-up-codes/RESOLVED").param("version", "0").param("nameEn", "Resolved")
			.param("nameRu", "Решено").param("position", "ten").param("active", "true").with(agents.as("admin"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("The order is a whole number from 0 to 9999.");
		assertThat(interactions.wrapUpCodes(false)).filteredOn(c -> c.code().equals("RESOLVED")).singleElement()
			.extracting(WrapUpCodeView::nameEn).isEqualTo("Resolved on first contact");
	}

	@Test
	void anEditFromAnOlderVersionIsRefusedAndNamesWhoSaved() {
		String code = freshCode();
		admin.add(code, "First", "Первый", 900, "admin");
		admin.change(new WrapUpCodeView(code, "Second", "Второй", true, 900, 0), "other.admin");
		assertThatThrownBy(() -> admin.change(new WrapUpCodeView(code, "Third", "Третий", true, 900, 0), "admin"))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, e -> {
				assertThat(e.changedBy()).isEqualTo("other.admin");
				assertThat(e.currentVersion()).isEqualTo(1);
			});
		assertThat(mvc.post().uri("/admin/wrap-up-codes/" + code).param("version", "0").param("nameEn", "Third")
			.param("nameRu", "Третий").param("position", "900").param("active", "true").with(agents.as("admin"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("other.admin saved this code at");
		assertThat(interactions.wrapUpCodes(false)).filteredOn(c -> c.code().equals(code)).singleElement()
			.extracting(WrapUpCodeView::nameEn).isEqualTo("Second");
		assertThatThrownBy(() -> admin.change(new WrapUpCodeView("NO_SUCH_CODE", "a", "b", true, 1, 0), "admin"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_WRAP_UP_CODE_UNKNOWN");
	}
}
