package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edge's limits on a JSON body: each list, each text, each attribute name and the nesting, with the
 * API's own limits for what it models; every refusal names the attribute and the limit.
 */
class TmfLimitsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final TmfLimits LIMITS = new TmfLimits(DataSize.ofKilobytes(256), 20, 2000, 10);

	static final TmfInputRules TICKET = TmfInputRules.builder().text("name", 200).longText("description", 8000)
		.longText("note.text", 4000).build();

	static ObjectNode aTicket() {
		ObjectNode ticket = JSON.createObjectNode();
		ticket.put("name", "Roaming charges disputed");
		ticket.put("description", "Customer disputes the roaming charges\non the last bill\t(October)");
		ticket.putArray("note").addObject().put("text", "Bill attached");
		return ticket;
	}

	static ObjectNode withNotes(ObjectNode ticket, int count) {
		ArrayNode notes = ticket.putArray("note");
		for (int i = 0; i < count; i++) {
			notes.addObject().put("text", "note " + i);
		}
		return ticket;
	}

	@Test
	void anOrdinaryTicketPasses() {
		assertThatCode(() -> LIMITS.check(aTicket(), TICKET)).doesNotThrowAnyException();
		assertThatCode(() -> LIMITS.check(withNotes(aTicket(), 20), TICKET)).doesNotThrowAnyException();
	}

	@Test
	void aListLongerThanTheLimitIsRefusedWithItsName() {
		assertThatThrownBy(() -> LIMITS.check(withNotes(aTicket(), 1000), TICKET)).isInstanceOfSatisfying(
				TmfException.class, e -> {
					assertThat(e.code()).isEqualTo("TOO_MANY_ITEMS");
					assertThat(e.getMessage()).isEqualTo(
							"'note' has 1000 entries; at most 20 are accepted in one request.");
				});
		ObjectNode nested = aTicket();
		ArrayNode characteristics = nested.putArray("attachment").addObject().putArray("characteristic");
		for (int i = 0; i < 21; i++) {
			characteristics.add(i);
		}
		assertThatThrownBy(() -> LIMITS.check(nested, TICKET)).hasMessageContaining("'attachment[0].characteristic'");
	}

	@Test
	void aTextLongerThanItsLimitIsRefusedWithTheAttributeAndTheLimit() {
		ObjectNode ticket = aTicket().put("name", "x".repeat(201));
		assertThatThrownBy(() -> LIMITS.check(ticket, TICKET)).isInstanceOfSatisfying(TmfException.class, e -> {
			assertThat(e.code()).isEqualTo("VALUE_TOO_LONG");
			assertThat(e.getMessage())
				.isEqualTo("'name' has 201 characters; at most 200 are accepted.");
		});
		assertThatCode(() -> LIMITS.check(aTicket().put("name", "x".repeat(200)), TICKET)).doesNotThrowAnyException();
		ObjectNode longNote = withNotes(aTicket(), 4);
		((ObjectNode) longNote.get("note").get(3)).put("text", "y".repeat(4001));
		assertThatThrownBy(() -> LIMITS.check(longNote, TICKET))
			.hasMessage("'note[3].text' has 4001 characters; at most 4000 are accepted.");
	}

	@Test
	void whatTheApiDoesNotModelIsHeldToTheGeneralLimit() {
		ObjectNode ticket = aTicket();
		ticket.putArray("attachment").addObject().put("content", "A".repeat(40_000));
		assertThatThrownBy(() -> LIMITS.check(ticket, TICKET))
			.hasMessage("'attachment[0].content' has 40000 characters; at most 2000 are accepted.");
	}

	@Test
	void controlCharactersAreRefusedAndLongTextsMayHoldTabsAndLineBreaks() {
		assertThatThrownBy(() -> LIMITS.check(aTicket().put("description", "before\u0000after"), TICKET))
			.isInstanceOfSatisfying(TmfException.class, e -> {
				assertThat(e.code()).isEqualTo("INVALID_CHARACTERS");
				assertThat(e.getMessage())
					.startsWith("'description' contains a control character (U+0000) at position 7");
			});
		assertThatThrownBy(() -> LIMITS.check(aTicket().put("name", "two\nlines"), TICKET))
			.hasMessageStartingWith("'name' contains a control character (U+000A) at position 4");
		assertThatThrownBy(() -> LIMITS.check(aTicket().put("reference", "a\u001bb"), TICKET))
			.hasMessageContaining("(U+001B)");
		assertThatThrownBy(() -> LIMITS.check(aTicket().put("description", "c1 \u0085 control"), TICKET))
			.hasMessageContaining("(U+0085)");
		assertThatCode(() -> LIMITS.check(aTicket().put("description", "a\r\n\tb"), TICKET)).doesNotThrowAnyException();
		assertThatCode(() -> LIMITS.check(aTicket().put("name", "Рекламация \uD83D\uDCDE"), TICKET))
			.doesNotThrowAnyException();
	}

	@Test
	void anUnpairedSurrogateIsNotText() {
		assertThatThrownBy(() -> LIMITS.check(aTicket().put("name", "bad \uD800 half"), TICKET))
			.isInstanceOfSatisfying(TmfException.class, e -> {
				assertThat(e.code()).isEqualTo("INVALID_CHARACTERS");
				assertThat(e.getMessage()).contains("unpaired surrogate (U+D800)");
			});
	}

	@Test
	void attributeNamesAndNestingAreLimitedToo() {
		ObjectNode ticket = aTicket();
		ticket.put("k".repeat(5000), "v");
		assertThatThrownBy(() -> LIMITS.check(ticket, TICKET)).isInstanceOfSatisfying(TmfException.class,
				e -> assertThat(e.getMessage()).contains("5000 characters")
					.contains("at most 100"));
		JsonNode deep = JSON.readTree("{\"a\":" + "[".repeat(12) + "]".repeat(12) + "}");
		assertThatThrownBy(() -> LIMITS.check(deep, TICKET)).isInstanceOfSatisfying(TmfException.class,
				e -> assertThat(e.code()).isEqualTo("NESTED_TOO_DEEPLY"));
	}
}
