package io.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.switchboard.customer.CustomerImport;
import io.switchboard.shared.PartnerScope;
import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import io.switchboard.ticket.TicketAdmin;
import io.switchboard.ticket.TicketApi;
import io.switchboard.ticket.TicketTestData;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an agent types keeps its line breaks and tabs, and nothing else that no keyboard makes: a NUL or
 * an escape in any desk form comes back next to its field, in the agent's language, and nothing is kept.
 */
@SwitchboardApplicationTest
class ControlCharactersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	@Autowired
	TicketApi tickets;

	static Document html(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String aTicket(TicketAdmin admin, CustomerImport customers, TransactionTemplate transactions,
			UserDetailsService users) {
		return new TicketTestData(tickets, admin, customers, transactions, users).aTicket()
			.about("Control characters").create().number();
	}

	@Test
	void aCommentWithANulIsRefusedNextToItsBoxAndNotKept(@Autowired TicketAdmin admin,
			@Autowired CustomerImport customers, @Autowired TransactionTemplate transactions,
			@Autowired UserDetailsService users) throws Exception {
		String number = aTicket(admin, customers, transactions, users);

		MvcTestResult english = mvc.post().uri("/tickets/" + number + "/comments").param("body", "Called back\u0000 twice")
			.with(agents.as("agent")).with(csrf()).exchange();
		MvcTestResult russian = mvc.post().uri("/tickets/" + number + "/comments").param("body", "Перезвонили\u001b")
			.with(agents.as("agent", Locale.of("ru"))).with(csrf()).exchange();

		assertThat(english).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(english).selectFirst("#comment-body + .invalid-feedback").text())
			.isEqualTo("This text contains a control character (such as NUL or ESC) that cannot be kept. Type it again without it.");
		assertThat(html(russian).selectFirst("#comment-body + .invalid-feedback").text())
			.startsWith("В тексте есть управляющий символ");
		assertThat(tickets.comments(number, PartnerScope.EVERYONE)).isEmpty();
	}

	@Test
	void lineBreaksAndTabsAreKept(@Autowired TicketAdmin admin, @Autowired CustomerImport customers,
			@Autowired TransactionTemplate transactions, @Autowired UserDetailsService users) {
		String number = aTicket(admin, customers, transactions, users);

		assertThat(mvc.post().uri("/tickets/" + number + "/comments").param("body", "First line\r\n\tsecond line")
			.with(agents.as("agent")).with(csrf()).exchange()).hasStatus3xxRedirection();

		assertThat(tickets.comments(number, PartnerScope.EVERYONE)).singleElement()
			.satisfies(comment -> assertThat(comment.body()).isEqualTo("First line\r\n\tsecond line"));
	}

	@Test
	void aFlashNoteWithAnEscapeComesBackWithItsMessage() throws Exception {
		MvcTestResult result = mvc.post().uri("/customers/100001/flash").param("body", "\u001b[31mRed alert")
			.param("severity", "INFO").with(agents.as("agent")).with(csrf()).exchange();

		assertThat(html(result).selectFirst("#flash-body + .invalid-feedback").text())
			.startsWith("This text contains a control character");
	}
}
