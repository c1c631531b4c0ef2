package io.switchboard.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.PartyRole;
import io.switchboard.customer.VerificationMethod;
import io.switchboard.interaction.CallerCheck.Outcome;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import io.switchboard.support.Callers;
import io.switchboard.support.Callers.Called;
import io.switchboard.support.SwitchboardApplicationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is calling and how they proved it, on the whole application: the care PIN and the date of birth
 * with the last 4 digits of a document, tries counted and locked per call (and the PIN across calls), the
 * locks and verifications audited, another caller named, and billing's question about the account's
 * primary party.
 */
@SwitchboardApplicationTest
class CallerVerificationTests {

	static final LocalDate BORN = LocalDate.of(1984, 2, 29);

	@Autowired
	InteractionApi interactions;

	@Autowired
	CarePinApi carePins;

	@Autowired
	AuditApi audit;

	Callers callers;

	Actor agent;

	@BeforeEach
	void setUp(@Autowired CustomerImport customers, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) {
		callers = new Callers(customers, interactions, transactions, users);
		agent = callers.actor("agent");
	}

	Called aPersonWithAPinAndAPassport() {
		return callers.aPerson("Mia", "Caller", "agent").bornOn(BORN).withPassport("512345678").withCarePin("4826")
			.create();
	}

	@Test
	void aWrongPinIsCountedAndTheRightOneVerifiesTheCaller() {
		Called mia = aPersonWithAPinAndAPassport();
		InteractionView call = callers.callFrom(mia, agent);

		CallerCheck wrong = interactions.verifyByPin(call.number(), "1111", agent);
		CallerCheck right = interactions.verifyByPin(call.number(), "4826", agent);

		assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG);
		assertThat(wrong.triesLeft()).isEqualTo(2);
		assertThat(wrong.interaction().verification().pinFailures()).isEqualTo(1);
		assertThat(wrong.interaction().verification().verified()).isFalse();
		assertThat(right.outcome()).isEqualTo(Outcome.VERIFIED);
		VerificationView verification = interactions.get(call.number(), agent.scope()).verification();
		assertThat(verification.method()).isEqualTo(VerificationMethod.PIN);
		assertThat(verification.verifiedByName()).isEqualTo("Alex Morgan");
		assertThat(verification.verifiedAt()).isNotNull();
		assertThat(verification.pinFailures()).as("the failed try stays on the record").isEqualTo(1);
		AuditEntryView entry = audit.forSubject(new AuditSubject("INTERACTION", call.number()), 5).getFirst();
		assertThat(entry.action()).isEqualTo("CALLER_VERIFIED");
		assertThat(entry.changes().toString()).contains("PIN").doesNotContain("4826");
	}

	@Test
	void threeWrongPinsLockThePinCheckForTheRestOfTheCallAndTheLockIsAudited() {
		Called mia = aPersonWithAPinAndAPassport();
		InteractionView call = callers.callFrom(mia, agent);

		interactions.verifyByPin(call.number(), "1111", agent);
		interactions.verifyByPin(call.number(), "2222", agent);
		CallerCheck third = interactions.verifyByPin(call.number(), "3333", agent);
		CallerCheck rightButTooLate = interactions.verifyByPin(call.number(), "4826", agent);

		assertThat(third.outcome()).isEqualTo(Outcome.LOCKED_FOR_CALL);
		assertThat(rightButTooLate.outcome()).isEqualTo(Outcome.LOCKED_FOR_CALL);
		InteractionView locked = interactions.get(call.number(), agent.scope());
		assertThat(locked.verification().verified()).isFalse();
		assertThat(locked.verification().pinFailures()).isEqualTo(3);
		assertThat(locked.verification().pinLocked()).isTrue();
		assertThat(audit.forSubject(new AuditSubject("INTERACTION", call.number()), 5))
			.extracting(AuditEntryView::action).containsExactly("CALLER_VERIFICATION_LOCKED");
		assertThat(interactions.verifyByDetails(call.number(), BORN, "5678", agent).outcome())
			.as("the other way stays open").isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void wrongPinsInARowAcrossCallsLockTheCustomersPinForAWhile() {
		Called mia = aPersonWithAPinAndAPassport();
		InteractionView first = callers.callFrom(mia, agent);
		for (String pin : new String[] { "1111", "2222", "3333" }) {
			interactions.verifyByPin(first.number(), pin, agent);
		}
		InteractionView second = callers.callFrom(mia, callers.actor("manager"));
		interactions.verifyByPin(second.number(), "4444", callers.actor("manager"));
		CallerCheck fifth = interactions.verifyByPin(second.number(), "5555", callers.actor("manager"));

		CallerCheck rightButLocked = interactions.verifyByPin(second.number(), "4826", callers.actor("manager"));

		assertThat(fifth.outcome()).isEqualTo(Outcome.WRONG);
		assertThat(fifth.lockedUntil()).as("the fifth wrong PIN in a row locks the customer's PIN").isNotNull();
		assertThat(rightButLocked.outcome()).isEqualTo(Outcome.PIN_LOCKED);
		assertThat(rightButLocked.interaction().verification().pinFailures())
			.as("a try on a locked PIN is not even compared, so not counted").isEqualTo(2);
		assertThat(carePins.status(mia.id()).lockedUntil()).isNotNull();
		assertThat(audit.forCustomer(mia.id(), 20)).extracting(AuditEntryView::action).contains("CARE_PIN_LOCKED");
	}

	@Test
	void theDateOfBirthAndTheLastFourDigitsOfThePassportVerifyTheCaller() {
		Called mia = aPersonWithAPinAndAPassport();
		InteractionView call = callers.callFrom(mia, agent);

		CallerCheck wrongDay = interactions.verifyByDetails(call.number(), BORN.plusDays(1), "5678", agent);
		CallerCheck wrongDigits = interactions.verifyByDetails(call.number(), BORN, "1234", agent);
		CallerCheck right = interactions.verifyByDetails(call.number(), BORN, "5678", agent);

		assertThat(wrongDay.outcome()).isEqualTo(Outcome.WRONG);
		assertThat(wrongDigits.outcome()).isEqualTo(Outcome.WRONG);
		assertThat(wrongDigits.triesLeft()).isEqualTo(1);
		assertThat(right.outcome()).isEqualTo(Outcome.VERIFIED);
		assertThat(right.interaction().verification().method()).isEqualTo(VerificationMethod.DOB_ID);
		assertThat(right.interaction().verification().detailsFailures()).isEqualTo(2);
	}

	@Test
	void anAuthorisedUserWithoutDetailsOfTheirOwnProvesWhoTheyAreOnlyWithThePin() {
		Called mia = callers.aPerson("Mia", "Caller", "agent").bornOn(BORN).withPassport("512345678")
			.withCarePin("4826").withAuthorisedUser("Sam Caller").create();
		InteractionView call = callers.callFrom(mia, "Sam Caller", agent);

		CallerCheck byDetails = interactions.verifyByDetails(call.number(), BORN, "5678", agent);
		CallerCheck byPin = interactions.verifyByPin(call.number(), "4826", agent);

		assertThat(call.caller().name()).isEqualTo("Sam Caller");
		assertThat(call.caller().role()).isEqualTo(PartyRole.AUTHORISED_USER);
		assertThat(byDetails.outcome()).as("Mia's details do not identify Sam").isEqualTo(Outcome.NO_DETAILS_ON_FILE);
		assertThat(byDetails.interaction().verification().detailsFailures()).isZero();
		assertThat(byPin.outcome()).isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void anAuthorisedUserWhoIsACustomerTooIsIdentifiedByTheirOwnDetails() {
		Called sam = callers.aPerson("Sam", "Caller", "agent").bornOn(LocalDate.of(1982, 7, 1)).withPassport("498761111")
			.create();
		Called mia = callers.aPerson("Mia", "Caller", "agent").bornOn(BORN).withPassport("512345678")
			.withAuthorisedUser("Sam Caller", sam).create();
		InteractionView call = callers.callFrom(mia, "Sam Caller", agent);

		assertThat(interactions.verifyByDetails(call.number(), BORN, "5678", agent).outcome())
			.as("Mia's details are not Sam's").isEqualTo(Outcome.WRONG);
		assertThat(interactions.verifyByDetails(call.number(), LocalDate.of(1982, 7, 1), "1111", agent).outcome())
			.isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void namingAnotherCallerClearsTheVerificationButNotTheWrongTries() {
		Called mia = callers.aPerson("Mia", "Caller", "agent").bornOn(BORN).withPassport("512345678")
			.withCarePin("4826").withAuthorisedUser("Sam Caller").create();
		InteractionView call = callers.callFrom(mia, agent);
		interactions.verifyByPin(call.number(), "0000", agent);
		interactions.verifyByPin(call.number(), "4826", agent);

		InteractionView sam = interactions.changeCaller(call.number(), mia.party("Sam Caller"), agent);

		assertThat(sam.caller().name()).isEqualTo("Sam Caller");
		assertThat(sam.verification().verified()).isFalse();
		assertThat(sam.verification().pinFailures()).isEqualTo(1);
	}

	@Test
	void onlyTheAgentOnTheCallVerifiesItsCallerAndOnlyARelatedPartyOfTheCustomerCanBeTheCaller() {
		Called mia = aPersonWithAPinAndAPassport();
		InteractionView call = callers.callFrom(mia, agent);

		assertThatThrownBy(() -> interactions.verifyByPin(call.number(), "4826", callers.actor("manager")))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_NOT_YOURS");
		assertThatThrownBy(() -> interactions.changeCaller(call.number(), java.util.UUID.randomUUID(), agent))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("INTERACTION_CALLER_UNKNOWN");
		assertThatThrownBy(() -> interactions.verifyByPin(call.number(), "12", agent))
			.isInstanceOf(SwitchboardException.class).extracting("code").isEqualTo("CARE_PIN_INVALID");
		assertThat(interactions.get(call.number(), agent.scope()).verification().pinFailures())
			.as("a PIN that is not one is not a try").isZero();
	}

	@Test
	void aCustomerWithoutAPinIsVerifiedAnotherWay() {
		Called mia = callers.aPerson("Mia", "Caller", "agent").bornOn(BORN).withPassport("512345678").create();
		InteractionView call = callers.callFrom(mia, agent);

		CallerCheck check = interactions.verifyByPin(call.number(), "4826", agent);

		assertThat(check.outcome()).isEqualTo(Outcome.PIN_NOT_SET);
		assertThat(check.interaction().verification().pinFailures()).isZero();
	}

	@Test
	void billingAsksWhetherTheCallerIsTheAccountsPrimaryParty() {
		Called mia = callers.aPerson("Mia", "Caller", "agent").withAuthorisedUser("Sam Caller").create();
		Called firm = callers.aPerson("Olga", "Firm", "agent").withPrimaryParty("Petr Director").create();

		assertThat(interactions.callerIsPrimaryPartyOf(mia.id(), mia.accountId(), agent)).as("no call yet").isFalse();
		InteractionView miaCalls = callers.callFrom(mia, agent);
		assertThat(interactions.callerIsPrimaryPartyOf(mia.id(), mia.accountId(), agent)).isTrue();
		interactions.changeCaller(miaCalls.number(), mia.party("Sam Caller"), agent);
		assertThat(interactions.callerIsPrimaryPartyOf(mia.id(), mia.accountId(), agent)).isFalse();
		assertThat(interactions.callerIsPrimaryPartyOf(mia.id(), firm.accountId(), agent))
			.as("another customer's account").isFalse();

		callers.callFrom(firm, "Petr Director", agent);
		assertThat(interactions.callerIsPrimaryPartyOf(firm.id(), firm.accountId(), agent)).isTrue();
		assertThat(interactions.callerIsPrimaryPartyOf(firm.id(), firm.accountId(), callers.actor("manager")))
			.as("the manager has no call with the customer").isFalse();
	}
}
