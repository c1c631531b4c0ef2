package io.switchboard.interaction.web;

import static io.switchboard.line.TestAgents.as;
import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerApi;
import io.switchboard.support.DeskSlice;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.interaction.InteractionViews;
import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedListPages;
import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.platform.codes.EntryRefused;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import io.switchboard.shared.SwitchboardException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A third language is configuration, not code: with {@code switchboard.i18n.languages=en,ru,uk} the
 * wrap-up codes' administration page (the one table every list shares) shows a third name box, headed
 * in the administrator's language, with the Ukrainian name stored; what is typed into it is saved; a
 * refusal for it is shown next to it; and an agent reading in Ukrainian picks a wrap-up code by its
 * Ukrainian name, or by its English one while it has none.
 */
@WebMvcTest(controllers = { WrapUpCodeAdminPages.class, InteractionController.class },
		properties = "switchboard.i18n.languages=en,ru,uk")
@DeskSlice
@Import({ CodedListPages.class, InteractionBar.class, WrapUpCodePagesTests.Config.class })
class WrapUpCodePagesTests {

	static final Actor ADMIN = new Actor(UUID.nameUUIDFromBytes("codes-admin".getBytes()), "olena.admin",
			"Olena Admin", null, PartnerScope.EVERYONE, Set.of("ADMIN"));
	static final Actor AGENT = new Actor(UUID.nameUUIDFromBytes("codes-agent".getBytes()), "taras.agent",
			"Taras Agent", null, PartnerScope.EVERYONE, Set.of("AGENT"));

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	InteractionApi interactions;

	@MockitoBean
	WrapUpCodeAdmin admin;

	@MockitoBean
	CustomerApi customers;

	CodedEntry resolved = anEntry(WrapUpCodeAdmin.WRAP_UP_CODES, "RESOLVED").named("en", "Resolved on first contact")
		.named("ru", "Решено при первом обращении").named("uk", "Вирішено під час першого звернення").version(3).build();

	CodedEntry callback = anEntry(WrapUpCodeAdmin.WRAP_UP_CODES, "CALLBACK").named("en", "Callback promised")
		.named("ru", "Обещан обратный звонок").at(20).build();

	@BeforeEach
	void twoCodesOneNamedInUkrainian() {
		given(interactions.wrapUpCodes(false)).willReturn(List.of(resolved, callback));
	}

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aThirdConfiguredLanguageIsAThirdNameBoxWithWhatIsStoredInIt() throws Exception {
		Document page = html(mvc.get().uri("/admin/wrap-up-codes").with(as(ADMIN)).exchange());

		assertThat(page.select("#interaction-wrap-up thead th").eachText()).containsSubsequence("Name (English)",
				"Name (Russian)", "Name (Ukrainian)");
		assertThat(page.selectFirst("#interaction-wrap-up-RESOLVED-row input[name=names[uk]]").val())
			.isEqualTo("Вирішено під час першого звернення");
		assertThat(page.selectFirst("#interaction-wrap-up-RESOLVED-row input[name=names[uk]]").attr("lang"))
			.isEqualTo("uk");
		assertThat(page.selectFirst("#interaction-wrap-up-CALLBACK-row input[name=names[uk]]").val())
			.as("not named in Ukrainian yet: the box is empty").isEmpty();
		assertThat(page.select("#interaction-wrap-up-new-row input[name^=names]").eachAttr("name"))
			.containsExactly("names[en]", "names[ru]", "names[uk]");
		assertThat(page.select("nav [hreflang]").eachAttr("hreflang")).as("the switcher offers it")
			.containsExactly("en", "ru", "uk");
	}

	@Test
	void theNameTypedForTheThirdLanguageIsSaved() {
		given(admin.change(eq("CALLBACK"), eq(0L), any(), eq("olena.admin"))).willReturn(callback);

		assertThat(mvc.post().uri("/admin/wrap-up-codes/CALLBACK").param("version", "0").param("position", "20")
			.param("names[en]", "Callback promised").param("names[ru]", "Обещан обратный звонок")
			.param("names[uk]", "Обіцяно передзвонити").param("active", "true").with(as(ADMIN)).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);

		ArgumentCaptor<Draft> typed = ArgumentCaptor.forClass(Draft.class);
		verify(admin).change(eq("CALLBACK"), eq(0L), typed.capture(), eq("olena.admin"));
		assertThat(typed.getValue().names()).containsEntry("uk", "Обіцяно передзвонити").containsEntry("en",
				"Callback promised");
		assertThat(typed.getValue().position()).isEqualTo(20);
		assertThat(typed.getValue().active()).isTrue();
	}

	@Test
	void aMissingThirdLanguageNameIsRefusedNextToItsBox() throws Exception {
		given(admin.change(eq("CALLBACK"), eq(0L), any(), eq("olena.admin"))).willThrow(new EntryRefused(
				List.of(new EntryRefused.Reason("names[uk]", new SwitchboardException("CODED_LIST_NAME_REQUIRED")))));

		MvcTestResult refused = mvc.post().uri("/admin/wrap-up-codes/CALLBACK").param("version", "0")
			.param("position", "20").param("names[en]", "Callback promised").param("names[ru]", "Обещан обратный звонок")
			.param("names[uk]", "").with(as(ADMIN)).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.selectFirst("#interaction-wrap-up-CALLBACK-name-uk-error").text()).isEqualTo("Write the name.");
		assertThat(page.selectFirst("#interaction-wrap-up-CALLBACK-row input[name=names[uk]]").hasClass("is-invalid"))
			.isTrue();
		assertThat(page.selectFirst("#interaction-wrap-up-CALLBACK-row input[name=names[ru]]").val())
			.isEqualTo("Обещан обратный звонок");
	}

	@Test
	void anAgentReadingInUkrainianChoosesAWrapUpCodeByItsUkrainianNameElseTheEnglishOne() throws Exception {
		given(interactions.get(eq("I-000042"), any())).willReturn(anOpenCall());
		given(interactions.wrapUpCodes(true)).willReturn(List.of(resolved, callback));

		Document form = html(mvc.get().uri("/interactions/I-000042/wrap-up").header("HX-Request", "true")
			.with(as(AGENT, "uk", "Europe/Kyiv")).exchange());

		assertThat(form.select("#wrap-up-code option[value=RESOLVED]").text())
			.isEqualTo("Вирішено під час першого звернення");
		assertThat(form.select("#wrap-up-code option[value=CALLBACK]").text())
			.as("not named in Ukrainian yet: English").isEqualTo("Callback promised");
		assertThat(html(mvc.get().uri("/interactions/I-000042/wrap-up").header("HX-Request", "true")
			.with(as(AGENT, "ru", "Europe/Moscow")).exchange()).select("#wrap-up-code option[value=CALLBACK]").text())
			.isEqualTo("Обещан обратный звонок");
	}

	static InteractionView anOpenCall() {
		return InteractionViews.anInteraction().numbered("I-000042").handledBy(AGENT)
			.startedAt(Instant.parse("2026-11-22T09:30:00Z")).build();
	}
}
