package io.switchboard.platform.codes;

import static io.switchboard.platform.codes.CodedEntries.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An entry reads in the agent's language, else in English, else as its code; the admin page shows what is stored. */
class CodedEntryTests {

	static final CodedList REASONS = CodedList.named("test.reason");
	static final Locale UKRAINIAN = Locale.of("uk");

	@Test
	void anEntryReadsInTheAgentsLanguage() {
		CodedEntry entry = anEntry(REASONS, "MOVED").named("en", "Moved house").named("ru", "Переезд")
			.named("uk", "Переїзд").build();
		assertThat(entry.name(Locale.ENGLISH)).isEqualTo("Moved house");
		assertThat(entry.name(Locale.of("ru"))).isEqualTo("Переезд");
		assertThat(entry.name(UKRAINIAN)).isEqualTo("Переїзд");
	}

	@Test
	void aNameMissingInALanguageReadsInEnglishThenAsTheCode() {
		CodedEntry englishOnly = anEntry(REASONS, "MOVED").named("en", "Moved house").build();
		assertThat(englishOnly.name(UKRAINIAN)).isEqualTo("Moved house");
		assertThat(englishOnly.names().exactly("uk")).as("the admin page shows the box empty").isNull();
		assertThat(anEntry(REASONS, "MOVED").named("ru", "Переезд").build().name(UKRAINIAN)).isEqualTo("MOVED");
		assertThat(anEntry(REASONS, "MOVED").named("en", "  ").build().name(Locale.ENGLISH))
			.as("a blank name is no name").isEqualTo("MOVED");
	}

	@Test
	void aListIsNamedAfterItsModule() {
		assertThat(CodedList.named("ticket.category").name()).isEqualTo("ticket.category");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> CodedList.named("Reasons"));
	}
}
