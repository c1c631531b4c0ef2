package io.switchboard.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTests {

	@Test
	void cyrillicNamesAreAlsoFoundByTheirLatinSpellings() {
		assertThat(NameIndex.tokens(List.of("Сергей", "Юрьевич", "Щукин")))
			.contains("сергей", "sergei", "sergey", "юрьевич", "iurevich", "yurevich", "щукин", "shchukin");
		assertThat(NameIndex.tokens(List.of("Фёдор"))).contains("федор", "fedor");
	}

	@Test
	void latinNamesAreIndexedAsTheyAre() {
		assertThat(NameIndex.tokens(List.of("Jane", "Q.", "Doe"))).containsExactly("jane", "doe");
		assertThat(NameIndex.tokens(List.of("ООО «Ромашка»"))).contains("ооо", "ромашка", "romashka");
	}
}
