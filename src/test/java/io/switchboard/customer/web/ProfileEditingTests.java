package io.switchboard.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.customer.ContactMediumType;
import io.switchboard.customer.ContactPurpose;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerImport.NewDocument;
import io.switchboard.customer.CustomerStatus;
import io.switchboard.customer.CustomerType;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerType;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import io.switchboard.support.TestLogins;
import io.switchboard.support.SwitchboardApplicationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Two agents editing one customer never silently overwrite each other; every saved change is audited. */
@SwitchboardApplicationTest
class ProfileEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	CustomerImport imports;

	@Autowired
	CustomerApi customers;

	@Autowired
	PartnerApi partners;

	@Autowired
	AuditApi audit;

	@Autowired
	TransactionTemplate transactions;

	String number;

	@BeforeEach
	void aCustomerOfOurOwn() {
		number = String.valueOf(ThreadLocalRandom.current().nextInt(9_000_000, 9_999_999));
		var operator = partners.all().stream().filter(p -> p.type() == PartnerType.OPERATOR).findFirst().orElseThrow();
		transactions.executeWithoutResult(tx -> imports.importCustomers(List.of(new NewCustomer(Ids.next(), number,
				CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, operator.id(), null, "Olga", null, "Petrova", null,
				LocalDate.of(1979, 3, 8), null, null, "en", Instant.parse("2024-01-01T10:00:00Z"), "test",
				List.of(new NewDocument(Ids.next(), "PASSPORT", "4510", "123456", "ОВД Тверского района",
						LocalDate.of(2005, 6, 1))),
				List.of(new NewContact(Ids.next(), ContactMediumType.PHONE, ContactPurpose.MOBILE, true, "+79161112233",
						null, null, null, null, null, null),
						new NewContact(Ids.next(), ContactMediumType.EMAIL, ContactPurpose.HOME, true, null,
								"olga.petrova@example.org", null, null, null, null, null)),
				List.of(), List.of(), List.of()))));
	}

	MockMvcRequestBuilder save(String as, long version, String lastName, String email) {
		return mvc.post().uri("/customers/{n}/profile", number).with(agents.as(as)).with(csrf())
			.param("version", String.valueOf(version))
			.param("firstName", "Olga")
			.param("lastName", lastName)
			.param("dateOfBirth", "1979-03-08")
			.param("preferredLanguage", "en")
			.param("phones[0].number", "8 916 111-22-33")
			.param("phones[0].purpose", "MOBILE")
			.param("phones[0].preferred", "true")
			.param("emails[0].address", email)
			.param("emails[0].purpose", "HOME")
			.param("emails[0].preferred", "true")
			// the form shows the passport's issuer and date (never its series or number) and sends them back
			.param("passport.issuer", "ОВД Тверского района")
			.param("passport.issuedOn", "2005-06-01");
	}

	long version() {
		return customers.get(number, PartnerScope.EVERYONE).version();
	}

	@Test
	void theEditFormNeverShowsThePassportNumber() {
		assertThat(mvc.get().uri("/customers/{n}/profile/edit", number).with(agents.as("agent")).exchange())
			.hasStatusOk().bodyText().contains("Petrova").contains("••••56").doesNotContain("123456");
	}

	@Test
	void aSavedChangeIsAuditedWithBeforeAndAfterAndFoundByTheNewName() {
		assertThat(save("agent", version(), "Sidorova", "olga.petrova@example.org").exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + number);
		assertThat(customers.get(number, PartnerScope.EVERYONE).displayName()).isEqualTo("Olga Sidorova");
		AuditEntryView entry = audit.forSubject(new AuditSubject("CUSTOMER", number), 5).getFirst();
		assertThat(entry.action()).isEqualTo("CUSTOMER_PROFILE_CHANGED");
		assertThat(entry.actorUsername()).isEqualTo("agent");
		assertThat(entry.changes()).contains(new AuditApi.Change("lastName", "Petrova", "Sidorova"));
		assertThat(entry.changes()).extracting(AuditApi.Change::field).doesNotContain("identification");
		assertThat(mvc.get().uri("/search").param("q", "sidorova olga").with(agents.as("agent")).exchange())
			.bodyText().contains(number);
	}

	@Test
	void theSecondAgentToSaveIsToldWhoChangedItAndKeepsWhatItTyped() {
		long opened = version();
		assertThat(save("agent", opened, "Sidorova", "olga.petrova@example.org").exchange()).hasStatus3xxRedirection();
		var second = save("manager", opened, "Kuznetsova", "olga.k@example.org").exchange();
		assertThat(second).hasStatus(HttpStatus.CONFLICT).bodyText()
			.contains("Someone else changed this customer while you were editing")
			.contains("Alex Morgan saved changes")
			.contains("Kuznetsova")
			.contains("olga.k@example.org");
		assertThat(customers.get(number, PartnerScope.EVERYONE).displayName()).isEqualTo("Olga Sidorova");
		assertThat(save("manager", version(), "Kuznetsova", "olga.k@example.org").exchange())
			.as("saving again on purpose, from the current version").hasStatus3xxRedirection();
	}

	@Test
	void badInputComesBackNextToItsFieldAndNothingIsSaved() {
		long before = version();
		var result = save("agent", before, "Pe7rova", "not-an-address").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("Use letters, spaces, dots, hyphens and apostrophes only.")
			.contains("Not a valid e-mail address.");
		assertThat(version()).isEqualTo(before);
	}

	/** A hand-made post: only the one tampered value and the CSRF token, every other field missing. */
	MockMvcRequestBuilder tampered(String as, String field, String value) {
		return mvc.post().uri("/customers/{n}/profile", number).with(agents.as(as)).with(csrf()).param(field, value);
	}

	@Test
	void aVersionThatIsNotANumberComesBackAsAFormWithMessagesAndNothingSaved() {
		long before = version();
		var result = tampered("agent", "version", "abc").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("This form is out of date. Open the profile again.")
			.contains("Required.");
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void aDateOfBirthThatIsNotADateIsToldNextToItsFieldInTheAgentsLanguage() {
		long before = version();
		assertThat(tampered("agent", "dateOfBirth", "x").exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText().contains("Enter a date as YYYY-MM-DD.");
		assertThat(tampered("operator.ru", "dateOfBirth", "x").exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText().contains("Введите дату в формате ГГГГ-ММ-ДД.");
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void aPhoneRowPastTheLastOrBeforeTheFirstIsToldOnTheListAndNothingSaved() throws Exception {
		long before = version();
		for (String row : new String[] { "phones[300].number", "phones[-1].number" }) {
			var result = tampered("agent", row, "+12025550143").exchange();
			assertThat(result).as(row).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			assertThat(org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
				.select("#phones-errors").text()).as(row).isEqualTo("This list takes at most 100 rows.");
		}
		var russian = tampered("operator.ru", "phones[300].number", "+12025550143").exchange();
		assertThat(russian).bodyText().contains("В этом списке может быть не больше 100 строк.");
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void errorsSpeakTheAgentsLanguage() {
		// operator.ru works in Russian; switching another agent's language would outlive this test
		var result = save("operator.ru", version(), "", "x").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("Обязательное поле.").contains("Неверный адрес e-mail.");
	}

	String documentId() throws Exception {
		var profile = mvc.get().uri("/customers/{n}/panels/profile", number).with(agents.as("agent")).exchange();
		String body = profile.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return body.replaceAll("(?s).*id=\"document-([0-9a-f-]{36})\".*", "$1");
	}

	MockMvcRequestBuilder reveal(String documentId) {
		return mvc.post().uri("/customers/{n}/documents/{id}/reveal", number, documentId).with(agents.as("agent"))
			.with(csrf()).header("HX-Request", "true");
	}

	@Test
	void revealingThePassportToAVerifiedCallerIsAuditedAndRecordedOnTheCall(@Autowired InteractionApi interactions,
			@Autowired UserDetailsService users) throws Exception {
		Actor agent = ((ActorPrincipal) users.loadUserByUsername("agent")).actor();
		InteractionView call = interactions.start(number, Channel.PHONE, Direction.IN, agent);
		interactions.verifyByDetails(call.number(), LocalDate.of(1979, 3, 8), "3456", agent);

		var revealed = reveal(documentId()).exchange();

		assertThat(revealed).hasStatusOk().hasHeader("HX-Trigger", "audit-changed").bodyText().contains("4510 123456");
		assertThat(audit.forSubject(new AuditSubject("CUSTOMER", number), 1).getFirst().action())
			.isEqualTo("CUSTOMER_DOCUMENT_REVEALED");
		assertThat(interactions.get(call.number(), agent.scope()).reveals()).singleElement().satisfies(r -> {
			assertThat(r.secret()).isEqualTo("PASSPORT");
			assertThat(r.subject()).as("the masked number, never the number").isEqualTo("••••56");
		});
	}

	@Test
	void thePassportIsNotRevealedBeforeTheCallerIsVerifiedAndThePanelSaysWhy() throws Exception {
		var refused = reveal(documentId()).exchange();

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().doesNotContain("123456");
		var answer = org.jsoup.Jsoup.parse(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(answer.selectFirst(".sb-secret").text()).isEqualTo("••••56");
		assertThat(answer.selectFirst(".sb-reveal-reason").text()).startsWith("Start the call and verify the caller first");
		assertThat(audit.forSubject(new AuditSubject("CUSTOMER", number), 5)).extracting(AuditEntryView::action)
			.doesNotContain("CUSTOMER_DOCUMENT_REVEALED");
	}
}
