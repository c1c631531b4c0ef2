package io.switchboard.interaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.shared.SwitchboardException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An interaction's life: open while the agent is on the contact, ended by the wrap-up, corrected by the API. */
class InteractionTests {

	static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

	static Interaction anOpenCall() {
		return new Interaction(UUID.randomUUID(), "I-000001", UUID.randomUUID(), UUID.randomUUID(), Channel.PHONE,
				Direction.IN, UUID.randomUUID(), NINE, NINE, "agent");
	}

	@Test
	void anOpenCallBelongsToItsAgentUntilItIsWrappedUp() {
		Interaction call = anOpenCall();
		assertThat(call.open()).isTrue();

		call.wrapUp(" Roaming ", "RESOLVED", "  ", NINE.plusSeconds(300), "agent");

		assertThat(call.open()).isFalse();
		assertThat(call.endedAt()).isEqualTo(NINE.plusSeconds(300));
		assertThat(call.view(null, List.of()).reason()).isEqualTo("Roaming");
		assertThat(call.view(null, List.of()).notes()).isNull();
		assertThat(call.view(null, List.of()).duration()).hasMinutes(5);
	}

	@Test
	void anEndedInteractionCannotBeWrappedUpAgain() {
		Interaction call = anOpenCall();
		call.wrapUp("Roaming", "RESOLVED", null, NINE.plusSeconds(60), "agent");

		assertThatThrownBy(() -> call.wrapUp("Roaming", "RESOLVED", null, NINE.plusSeconds(90), "agent"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_ALREADY_ENDED");
	}

	@Test
	void aWrapUpWithAClockBehindTheStartEndsAtTheStart() {
		Interaction call = anOpenCall();

		call.wrapUp("Roaming", "RESOLVED", null, NINE.minusSeconds(2), "agent");

		assertThat(call.endedAt()).isEqualTo(NINE);
	}

	@Test
	void theApiCannotEndAnInteractionBeforeItStarted() {
		assertThatThrownBy(() -> anOpenCall().end(NINE.minusSeconds(1))).isInstanceOf(SwitchboardException.class)
			.extracting("code").isEqualTo("INTERACTION_ENDS_BEFORE_START");
	}

	@Test
	void theApiChangesOnlyWhatItGivesAndSaysWhatChanged() {
		Interaction call = anOpenCall();
		call.details("Roaming", null, null, null, null, null, null);

		List<String> changed = call.details("Roaming", "Travelling to Spain", Channel.PHONE, Direction.OUT, null, null,
				"{\"x\":1}");

		assertThat(changed).containsExactly("notes", "direction", "tmfExtension");
	}

	@Test
	void overlongTextIsRefused() {
		assertThatThrownBy(() -> anOpenCall().details("x".repeat(501), null, null, null, null, null, null))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_TEXT_TOO_LONG");
	}
}
