package io.switchboard.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import io.switchboard.support.TestLogins;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo's logins land where their work is: the back office on its folders and the "Billing back
 * office" queue, counted as the ticket pages count them; a care agent on finding the caller.
 */
@SwitchboardApplicationTest
class HomeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestLogins agents;

	Document get(String uri, String login) throws Exception {
		return Jsoup.parse(mvc.get().uri(uri).with(agents.as(login)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theBackOfficeLandsOnItsQueueCountedAsTheTicketPagesCountIt() throws Exception {
		Document home = get("/", "backoffice");
		Document tickets = get("/tickets", "backoffice");

		assertThat(home.select("#home-search-help")).isEmpty();
		Element queue = home.select("#home-queues a").stream().filter(a -> a.text().startsWith("Billing back office"))
			.findFirst().orElseThrow();
		Element sameQueue = tickets.selectFirst("#queues a[href=" + queue.attr("href") + "]");
		assertThat(queue.selectFirst(".badge").text()).isEqualTo(sameQueue.selectFirst(".badge").text());
		assertThat(home.selectFirst("#home-folder-OPEN .sb-home-count").text())
			.isEqualTo(tickets.selectFirst("#folder-open .badge").text());
	}

	@Test
	void theManagerLandsOnItsFoldersAndQueues() throws Exception {
		Document home = get("/", "manager");

		assertThat(home.select("#home-folders .sb-home-folder")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(home.select("#home-queues a").eachText()).anyMatch(q -> q.startsWith("Billing back office"));
	}

	@Test
	void aCareAgentLandsOnFindingTheCaller() throws Exception {
		Document home = get("/", "agent");

		assertThat(home.select("#home-search-help")).hasSize(1);
		assertThat(home.select("#home-folders, #home-queues")).isEmpty();
	}
}
