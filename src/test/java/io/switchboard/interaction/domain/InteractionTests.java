package io.switchboard.interaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.customer.PartyRole;
import io.switchboard.customer.VerificationMethod;
import io.switchboard.interaction.CallerView;
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

	static final CallerView JANE = new CallerView(null, "Jane Q. Doe", null);
	static final CallerView JOHN = new CallerView(UUID.randomUUID(), "John A. Doe", PartyRole.AUTHORISED_USER);
	static final UUID ALEX = UUID.randomUUID();

	static Interaction aCallFrom(CallerView caller) {
		Interaction call = anOpenCall();
		call.identifyCaller(caller, NINE, "agent");
		return call;
	}

	@Test
	void aCallerIsNotVerifiedUntilTheyProveWhoTheyAre() {
		Interaction call = aCallFrom(JANE);
		assertThat(call.caller()).isEqualTo(JANE);
		assertThat(call.view(null, List.of()).verification().verified()).isFalse();

		call.verified(VerificationMethod.DOB_ID, ALEX, NINE.plusSeconds(30), "agent");

		assertThat(call.verificationMethod()).isEqualTo(VerificationMethod.DOB_ID);
		assertThat(call.verifiedAt()).isEqualTo(NINE.plusSeconds(30));
		assertThat(call.verifiedBy()).isEqualTo(ALEX);
	}

	@Test
	void thePinVerifiesMoreThanTheDateOfBirthAndIsNotReplacedByIt() {
		Interaction call = aCallFrom(JANE);
		call.verified(VerificationMethod.DOB_ID, ALEX, NINE.plusSeconds(10), "agent");
		call.verified(VerificationMethod.PIN, ALEX, NINE.plusSeconds(20), "agent");
		call.verified(VerificationMethod.DOB_ID, ALEX, NINE.plusSeconds(30), "agent");

		assertThat(call.verificationMethod()).isEqualTo(VerificationMethod.PIN);
		assertThat(call.verifiedAt()).isEqualTo(NINE.plusSeconds(20));
	}

	@Test
	void theLastTryAWayAllowsLocksThatWayForTheRestOfTheCallButNotTheOther() {
		Interaction call = aCallFrom(JANE);
		assertThat(call.wrongTry(VerificationMethod.PIN, 3, NINE, "agent")).isFalse();
		assertThat(call.wrongTry(VerificationMethod.PIN, 3, NINE, "agent")).isFalse();

		assertThat(call.wrongTry(VerificationMethod.PIN, 3, NINE.plusSeconds(5), "agent")).isTrue();

		assertThat(call.mayTry(VerificationMethod.PIN)).isFalse();
		assertThat(call.mayTry(VerificationMethod.DOB_ID)).isTrue();
		assertThat(call.view(null, List.of()).verification().pinLockedAt()).isEqualTo(NINE.plusSeconds(5));
		assertThatThrownBy(() -> call.verified(VerificationMethod.PIN, ALEX, NINE, "agent"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("CALLER_VERIFICATION_LOCKED");
	}

	@Test
	void anotherCallerIsNotVerifiedByWhatTheFirstProvedButBuysNoMoreTries() {
		Interaction call = aCallFrom(JANE);
		call.wrongTry(VerificationMethod.PIN, 3, NINE, "agent");
		call.verified(VerificationMethod.PIN, ALEX, NINE, "agent");

		assertThat(call.identifyCaller(JOHN, NINE.plusSeconds(60), "agent")).isTrue();

		assertThat(call.caller()).isEqualTo(JOHN);
		assertThat(call.verificationMethod()).isNull();
		assertThat(call.failures(VerificationMethod.PIN)).isEqualTo(1);
		assertThat(call.identifyCaller(JOHN, NINE.plusSeconds(90), "agent")).as("the same caller again").isFalse();
	}

	@Test
	void anEndedCallTakesNoCallerAndNoTries() {
		Interaction call = aCallFrom(JANE);
		call.wrapUp("Roaming", "RESOLVED", null, NINE.plusSeconds(60), "agent");

		assertThat(call.mayTry(VerificationMethod.PIN)).isFalse();
		assertThatThrownBy(() -> call.identifyCaller(JOHN, NINE.plusSeconds(90), "agent"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_ALREADY_ENDED");
		assertThatThrownBy(() -> call.wrongTry(VerificationMethod.DOB_ID, 3, NINE.plusSeconds(90), "agent"))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_ALREADY_ENDED");
	}

	@Test
	void overlongTextIsRefused() {
		assertThatThrownBy(() -> anOpenCall().details("x".repeat(501), null, null, null, null, null, null))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_TEXT_TOO_LONG");
	}
}
