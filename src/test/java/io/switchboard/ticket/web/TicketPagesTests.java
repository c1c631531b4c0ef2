package io.switchboard.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.ticket.CategoryView;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.support.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The ticket pages: creating a task from the 360 (errors next to the fields, in the agent's language),
 * the ticket page with the customer's contract, the folders, the 360's panels, and partner isolation.
 */
@SwitchboardApplicationTest
class TicketPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	TicketAdmin categories;

	String create(String login, String customer, String subject, String queueName) throws Exception {
		var request = mvc.post().uri("/customers/" + customer + "/tickets").with(agents.as(login)).with(csrf())
			.param("category", "BILLING").param("priority", "HIGH").param("channel", "PHONE")
			.param("subject", subject).param("content", "The customer asks about a charge.");
		if (queueName != null) {
			String page = mvc.get().uri("/customers/" + customer + "/tickets/new").with(agents.as(login)).exchange()
				.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			String id = page.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">" + queueName + "</option>.*", "$1");
			request = request.param("queueId", id);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/tickets/T-\\d{6}");
		return location.substring("/tickets/".length());
	}

	@Test
	void anAgentCreatesATaskAndReadsItWithTheCustomersContract() throws Exception {
		String number = create("agent", "100001", "Charge for international calls", null);
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.contains("Charge for international calls").contains("Jane Q. Doe").contains("C-2023-000001")
			.contains(number).contains("OPEN").contains("Alex Morgan").contains("Created");
		assertThat(mvc.get().uri("/tickets?folder=open").with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.contains(number);
		assertThat(mvc.get().uri("/customers/100001/panels/service-requests").with(agents.as("agent")).exchange())
			.hasStatusOk().bodyText().contains("Charge for international calls");
		assertThat(mvc.get().uri("/customers/100001/tickets").with(agents.as("agent")).exchange()).hasStatusOk()
			.bodyText().contains(number).contains("Billing and payments");
	}

	@Test
	void aTaskWithoutSubjectComesBackWithTheErrorNextToTheFieldInTheAgentsLanguage() throws Exception {
		var english = mvc.post().uri("/customers/100002/tickets").with(agents.as("agent")).with(csrf())
			.param("category", "").param("priority", "LOW").param("channel", "PHONE").param("content", "x").exchange();
		assertThat(english).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Write a subject.")
			.contains("Choose a category.").contains("is-invalid");
		var russian = mvc.post().uri("/customers/100002/tickets").with(agents.as("operator.ru")).with(csrf())
			.param("category", "BILLING").param("priority", "LOW").param("channel", "PHONE").param("content", "x")
			.exchange();
		assertThat(russian).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Напишите тему.");
	}

	@Test
	void aResellerCannotSeeAnotherPartnersTicket() throws Exception {
		String number = create("agent", "100001", "Only the MVNO and the operator see this", null);
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Only the MVNO");
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("mvno")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/customers/100001/panels/service-requests").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/customers/100001/tickets/new").with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/tickets/" + number + "/comments").param("body", "x").with(agents.as("reseller"))
			.with(csrf()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/tickets?folder=all&q=" + number).with(agents.as("reseller")).exchange())
			.hasStatusOk().bodyText().doesNotContain("data-ticket=\"" + number);
	}

	@Test
	void aDispatchedTaskIsInTheQueueAndTheBackOfficeTakesIt() throws Exception {
		String number = create("agent", "100002", "Refund the double charge", "Billing back office");
		var queue = mvc.get().uri("/tickets?folder=all&q=" + number).with(agents.as("backoffice")).exchange();
		assertThat(queue).hasStatusOk().bodyText().contains("OPEN-DISPATCH");
		assertThat(mvc.post().uri("/tickets/" + number + "/moves/take").with(agents.as("backoffice")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/tickets/" + number + "/moves/take").with(agents.as("manager")).with(csrf())
			.exchange()).hasStatus(HttpStatus.CONFLICT).bodyText().contains("Casey Brooks took this ticket at");
		assertThat(mvc.post().uri("/tickets/" + number + "/moves/return").param("text", " ")
			.with(agents.as("backoffice")).with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText().contains("Write the reason for returning the ticket.");
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("backoffice")).exchange()).hasStatusOk().bodyText()
			.contains("action=\"/tickets/" + number + "/moves/answer\"").contains("id=\"answer-text\"")
			.contains("id=\"move-answer\"").contains("Answered: wait for the customer")
			.contains("action=\"/tickets/" + number + "/moves/return\"").contains("id=\"return-text\"")
			.contains("class=\"btn btn-outline-warning\"");
	}

	@Test
	void allTicketsFindsACustomersTicketsByNameWithinThePartnerScope() throws Exception {
		assertThat(mvc.get().uri("/tickets?folder=all&q=doe jane").with(agents.as("agent")).exchange()).hasStatusOk()
			.bodyText()
			.contains("Roaming charges on the last bill")
			.doesNotContain("Unlock code for the phone");
		assertThat(mvc.get().uri("/tickets?folder=all&q=roaming charges").with(agents.as("agent")).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Roaming charges on the last bill");
		assertThat(mvc.get().uri("/tickets?folder=all&q=doe jane").with(agents.as("reseller")).exchange())
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Roaming charges on the last bill");
	}

	@Test
	void theOwnerEditsTheDetailsFromTheVersionReadAndAStaleEditIsRefused() throws Exception {
		String number = create("agent", "100002", "Charge to check", null);
		String page = mvc.get().uri("/tickets/" + number).with(agents.as("agent")).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"form-details\"");
		String version = page.replaceAll("(?s).*id=\"form-details\".*?name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(mvc.post().uri("/tickets/" + number + "/details").param("version", version)
			.param("subject", "Double charge in March").param("content", "Charged twice for March.")
			.param("priority", "CRITICAL").param("categoryCode", "COMPLAINT").with(agents.as("agent")).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.contains("Double charge in March").contains("Charged twice for March.").contains("Critical")
			.contains("Subject, Content, Priority, Category");
		var stale = mvc.post().uri("/tickets/" + number + "/details").param("version", version)
			.param("subject", "Typed over an old page").param("content", "x").param("priority", "LOW")
			.param("categoryCode", "BILLING").with(agents.as("agent")).with(csrf()).exchange();
		assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyText().contains("id=\"ticket-refusal\"")
			.contains("value=\"Typed over an old page\"");
		var blank = mvc.post().uri("/tickets/" + number + "/details").param("version", String.valueOf(Long.parseLong(version) + 1))
			.param("subject", " ").param("content", "x").with(agents.as("agent")).with(csrf()).exchange();
		assertThat(blank).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.contains("Double charge in March");
		assertThat(mvc.get().uri("/tickets/" + number).with(agents.as("reseller")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAgentSeesNoOtherPartnersQueueNamesInTheFilters() throws Exception {
		// Nimbus and Bluewave are both under the operator: each may send tickets to the operator's queues,
		// and neither sees the other's
		assertThat(mvc.get().uri("/tickets?folder=all").with(agents.as("mvno")).exchange()).hasStatusOk().bodyText()
			.contains("Porting desk").doesNotContain("Bluewave escalations");
		assertThat(mvc.get().uri("/tickets?folder=all").with(agents.as("reseller")).exchange()).hasStatusOk().bodyText()
			.contains("Porting desk").contains("Bluewave escalations");
	}

	@Test
	void theNavbarCountsNewTickets() throws Exception {
		assertThat(mvc.get().uri("/tickets/count").with(agents.as("agent")).header("HX-Request", "true").exchange())
			.hasStatusOk();
		assertThat(mvc.get().uri("/").with(agents.as("agent")).exchange()).hasStatusOk().bodyText()
			.contains("id=\"nav-tickets\"");
	}

	@Test
	void onlyAdministratorsManageQueuesCategoriesAndResolutionCodes() throws Exception {
		assertThat(mvc.get().uri("/admin/queues").with(agents.as("admin")).exchange()).hasStatusOk().bodyText()
			.contains("Billing back office").containsPattern("name=\"members\" value=\"backoffice(, [a-z.]+)*, manager");
		assertThat(mvc.get().uri("/admin/queues").with(agents.as("agent")).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/ticket-lists").with(agents.as("manager")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/ticket-resolutions").param("code", "PAGES_TEST").param("nameEn", "Test")
			.param("nameRu", "Тест").with(agents.as("admin")).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/admin/ticket-lists").with(agents.as("admin")).exchange()).hasStatusOk().bodyText()
			.contains("PAGES_TEST").contains("Счета и оплата");
		assertThat(mvc.post().uri("/admin/queues").param("name", "Pages test queue").param("members", "nobody.here")
			.with(agents.as("admin")).with(csrf()).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("There is no agent with the username nobody.here.")
			.contains("id=\"refusal-new-queue\"")
			.contains("value=\"Pages test queue\"")
			.contains("value=\"nobody.here\"");
		assertThat(mvc.post().uri("/admin/ticket-resolutions").param("code", "PAGES_TEST").param("nameEn", "Again")
			.param("nameRu", "Снова").with(agents.as("admin")).with(csrf()).exchange())
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
			.contains("id=\"refusal-new-resolution\"")
			.contains("The code PAGES_TEST is taken.")
			.contains("value=\"Again\"");
	}

	@Test
	void anSlaHoursBoxThatIsNotANumberIsRefusedInTheAdministratorsWordsAndNothingSaved() {
		var result = mvc.post().uri("/admin/ticket-categories").with(agents.as("admin")).with(csrf())
			.param("code", "SLA_WORDS").param("nameEn", "Hours in words").param("nameRu", "Часы словами")
			.param("critical", "four").param("high", "8").param("medium", "24").param("low", "72")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("The value given for &quot;critical&quot; is not valid here.");
		assertThat(categories.categories()).extracting(CategoryView::code).doesNotContain("SLA_WORDS");
	}
}
